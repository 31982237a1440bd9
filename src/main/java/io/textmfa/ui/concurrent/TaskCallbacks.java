package io.textmfa.ui.concurrent;

/** What happens with the outcome of background work; every method runs on the UI thread. */
public interface TaskCallbacks<T> {
    void succeeded(T result);

    void failed(Throwable error);

    default void progressed(double fraction, String message) {
    }

    default void cancelled() {
    }

    /** An intermediate result the work published. */
    default void published(Object update) {
    }
}
