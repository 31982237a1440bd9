package io.textmfa.ui.concurrent;

/** Slow work: it may report progress and should stop early when the handle was cancelled. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(ProgressReporter progress) throws Exception;
}
