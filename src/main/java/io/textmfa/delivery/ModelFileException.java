package io.textmfa.delivery;

import java.io.IOException;

/** A delivery model file that cannot be used; the message is one sentence naming the file and field. */
public class ModelFileException extends IOException {
    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
