package io.textmfa.ui.concurrent;

/** A running piece of background work. */
public interface TaskHandle {
    void cancel();

    boolean isDone();
}
