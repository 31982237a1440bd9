package io.textmfa.graph;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;

/**
 * A sliding-window limiter: at most {@code capacity} units in any window. {@link #acquire} waits
 * (in short, cancellable slices) until the units fit. Thread-safe.
 */
final class RateLimiter {
    private record Spent(long at, int units) {
    }

    private final int capacity;
    private final long windowNanos;
    private final Deque<Spent> spent = new ArrayDeque<>();
    private int inWindow;

    RateLimiter(int capacity, Duration window) {
        this.capacity = capacity;
        // A small margin: a request sent exactly one window after another can still land inside the
        // server's window, and a 429 there costs far more than the margin.
        this.windowNanos = window.toNanos() + Math.min(window.toNanos() / 50, 100_000_000L);
    }

    /** Takes {@code units}, waiting as needed; returns the nanoseconds waited. */
    long acquire(int units, BooleanSupplier cancelled) throws InterruptedException {
        int wanted = Math.min(units, capacity);
        long waited = 0;
        while (true) {
            long waitFor;
            synchronized (this) {
                long now = System.nanoTime();
                while (!spent.isEmpty() && now - spent.peekFirst().at() >= windowNanos) {
                    inWindow -= spent.pollFirst().units();
                }
                if (inWindow + wanted <= capacity) {
                    spent.addLast(new Spent(now, wanted));
                    inWindow += wanted;
                    return waited;
                }
                waitFor = windowNanos - (now - spent.peekFirst().at());
            }
            long slice = Math.max(1_000_000L, Math.min(waitFor, 50_000_000L));
            if (cancelled.getAsBoolean()) {
                throw new InterruptedException("cancelled");
            }
            Thread.sleep(slice / 1_000_000L, (int) (slice % 1_000_000L));
            waited += slice;
        }
    }
}
