package io.textmfa.ui.concurrent;

import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs work on background daemon threads as {@link Task}s; callbacks arrive on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private final ExecutorService threads;

    public FxTaskExecutor() {
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "textmfa-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> TaskHandle submit(BackgroundWork<T> work, TaskCallbacks<T> callbacks) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new ProgressReporter() {
                    @Override
                    public void report(double fraction, String message) {
                        if (!isCancelled()) {
                            Platform.runLater(() -> callbacks.progressed(fraction, message));
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isCancelledTask();
                    }

                    @Override
                    public void publish(Object update) {
                        if (!isCancelledTask()) {
                            Platform.runLater(() -> callbacks.published(update));
                        }
                    }
                });
            }

            private boolean isCancelledTask() {
                return isCancelled();
            }
        };
        task.setOnSucceeded(event -> callbacks.succeeded(task.getValue()));
        task.setOnFailed(event -> {
            LOG.debug("Background work failed", task.getException());
            callbacks.failed(task.getException());
        });
        task.setOnCancelled(event -> callbacks.cancelled());
        threads.execute(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel(true);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }
}
