package io.textmfa.ui.concurrent;

/** Lets background work report how far it got and learn that it was cancelled. */
public interface ProgressReporter {
    /** {@code fraction} from 0 to 1, or negative when unknown. */
    void report(double fraction, String message);

    boolean isCancelled();

    /** Hands an intermediate result (e.g. a source's progress) to the UI thread. */
    default void publish(Object update) {
    }
}
