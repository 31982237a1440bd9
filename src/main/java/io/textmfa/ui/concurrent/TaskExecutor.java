package io.textmfa.ui.concurrent;

/**
 * The one threading seam of the UI: ViewModels hand slow work to it and get the results back on
 * the UI thread. {@link FxTaskExecutor} runs work in the background; {@link SameThreadTaskExecutor}
 * runs it inline so ViewModel tests are deterministic.
 */
public interface TaskExecutor {
    <T> TaskHandle submit(BackgroundWork<T> work, TaskCallbacks<T> callbacks);
}
