package io.textmfa.graph;

/**
 * Signing in or talking to Graph failed in a way that stops the work; the message is one sentence
 * for the user (the CLI exits 3 with it). Never carries a token or secret.
 */
public class GraphFailure extends Exception {
    public GraphFailure(String message) {
        super(message);
    }

    public GraphFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
