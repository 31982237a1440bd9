package io.textmfa.graph.mock;

import java.util.ArrayDeque;
import java.util.Deque;

/** At most {@code limit} requests in any sliding window; times are real nanoseconds (window already scaled). */
final class RequestWindow {
    private final int limit;
    private final long windowNanos;
    private final Deque<Long> admitted = new ArrayDeque<>();

    RequestWindow(int limit, long windowNanos) {
        this.limit = limit;
        this.windowNanos = windowNanos;
    }

    /** Admits a request and answers 0, or answers the nanoseconds until one would be admitted. */
    synchronized long admit(long now) {
        while (!admitted.isEmpty() && now - admitted.peekFirst() >= windowNanos) {
            admitted.pollFirst();
        }
        if (admitted.size() < limit) {
            admitted.addLast(now);
            return 0;
        }
        return Math.max(1L, admitted.peekFirst() + windowNanos - now);
    }

    /** Real nanoseconds a client needs at best to send {@code requests} requests. */
    long floorNanos(long requests) {
        if (requests <= limit) {
            return 0;
        }
        return ((requests - 1) / limit) * windowNanos;
    }
}
