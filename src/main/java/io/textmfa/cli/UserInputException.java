package io.textmfa.cli;

/** Input the user can fix: the message is the one line printed on stderr. */
public class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
