package io.textmfa.graph;

import java.time.Duration;

/**
 * The throttling limits the ingest paces itself by, so that it stays under Graph's limits instead
 * of running into 429s: identity and access resource units per window, and the reports API's own
 * request limit. {@link #published()} holds Microsoft's figures for tenants over 500 users.
 */
public record GraphLimits(int resourceUnits, Duration unitWindow, int reportRequests, Duration reportWindow) {
    /** 8,000 resource units per 10 s per app and tenant; 5 report requests per 10 s. */
    public static GraphLimits published() {
        return new GraphLimits(8000, Duration.ofSeconds(10), 5, Duration.ofSeconds(10));
    }

    /** The same limits with windows shortened by {@code factor} (benchmarks and tests against the mock). */
    public GraphLimits scaled(double factor) {
        return new GraphLimits(resourceUnits, scale(unitWindow, factor), reportRequests, scale(reportWindow, factor));
    }

    private static Duration scale(Duration window, double factor) {
        return Duration.ofNanos(Math.max(1, Math.round(window.toNanos() * factor)));
    }
}
