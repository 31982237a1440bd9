package io.textmfa.rollout;

import java.io.IOException;

/** A timeline or wave-plan file that cannot be used; the message is one sentence naming the file. */
public class RolloutDataException extends IOException {
    public RolloutDataException(String message) {
        super(message);
    }

    public RolloutDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
