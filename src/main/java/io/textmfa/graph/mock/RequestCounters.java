package io.textmfa.graph.mock;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** What the mock has seen: HTTP requests, requests per endpoint (inner $batch requests included), 429s sent, SDK retries. */
final class RequestCounters {
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final Map<MockEndpoint, AtomicLong> byEndpoint = new EnumMap<>(MockEndpoint.class);

    RequestCounters() {
        for (MockEndpoint endpoint : MockEndpoint.values()) {
            byEndpoint.put(endpoint, new AtomicLong());
        }
    }

    void request(boolean retryAttempt) {
        total.incrementAndGet();
        if (retryAttempt) {
            retries.incrementAndGet();
        }
    }

    void endpoint(MockEndpoint endpoint) {
        byEndpoint.get(endpoint).incrementAndGet();
    }

    void throttled() {
        throttled.incrementAndGet();
    }

    long total() {
        return total.get();
    }

    long throttledCount() {
        return throttled.get();
    }

    long retries() {
        return retries.get();
    }

    long of(MockEndpoint endpoint) {
        return byEndpoint.get(endpoint).get();
    }

    Map<MockEndpoint, Long> snapshot() {
        Map<MockEndpoint, Long> counts = new EnumMap<>(MockEndpoint.class);
        byEndpoint.forEach((endpoint, count) -> counts.put(endpoint, count.get()));
        return counts;
    }

    void reset() {
        total.set(0);
        throttled.set(0);
        retries.set(0);
        byEndpoint.values().forEach(count -> count.set(0));
    }
}
