package io.textmfa.graph;

/** A sign-in that cannot even start because of the settings (a missing variable, file or option): a usage error. */
public class SignInSetupException extends GraphFailure {
    public SignInSetupException(String message) {
        super(message);
    }

    public SignInSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
