package io.textmfa.ui.concurrent;

/** Runs work and its callbacks on the calling thread, so ViewModel tests need no toolkit and no waiting. */
public final class SameThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> TaskHandle submit(BackgroundWork<T> work, TaskCallbacks<T> callbacks) {
        ProgressReporter reporter = new ProgressReporter() {
            @Override
            public void report(double fraction, String message) {
                callbacks.progressed(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void publish(Object update) {
                callbacks.published(update);
            }
        };
        try {
            callbacks.succeeded(work.run(reporter));
        } catch (Exception e) {
            callbacks.failed(e);
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
