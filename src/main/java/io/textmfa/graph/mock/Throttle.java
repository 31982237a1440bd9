package io.textmfa.graph.mock;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The scenario's limits: the resource-unit bucket and the reports limit. Answers a 429 with
 * {@code Retry-After} for a request over a limit, and counts the units of admitted requests.
 */
final class Throttle {
    static final String RETRY_AFTER = "Retry-After";
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final ResourceBucket bucket;
    private final RequestWindow reports;
    private final int forcedRetryAfter;
    private final LongSupplier clock;
    private final AtomicLong admittedUnits = new AtomicLong();

    Throttle(MockScenario scenario, int tenantUsers, LongSupplier clock) {
        this.clock = clock;
        this.forcedRetryAfter = scenario.forcedRetryAfterSeconds();
        int units = scenario.throttleUnits() == MockScenario.GRAPH_DEFAULT ? graphUnits(tenantUsers) : scenario.throttleUnits();
        this.bucket = units > 0 ? new ResourceBucket(units, scenario.scaledNanos(scenario.throttleWindow()), clock.getAsLong()) : null;
        this.reports = scenario.reportsRequests() > 0
                ? new RequestWindow(scenario.reportsRequests(), scenario.scaledNanos(scenario.reportsWindow())) : null;
    }

    /** Graph's identity-and-access limit per 10 s by tenant size. */
    static int graphUnits(int tenantUsers) {
        if (tenantUsers < 50) {
            return 3500;
        }
        return tenantUsers <= 500 ? 5000 : 8000;
    }

    /** {@code null} when the request may go on, else the 429 to send. */
    GraphResponse admit(MockEndpoint endpoint, GraphRequest request) {
        int cost = endpoint.cost(request.hasSelect());
        long now = clock.getAsLong();
        if (bucket != null && cost > 0) {
            long wait = bucket.take(cost, now);
            if (wait > 0) {
                return tooManyRequests(wait, "Too many requests: the application's resource units for this tenant are spent.");
            }
        }
        if (reports != null && endpoint == MockEndpoint.USER_REGISTRATION_DETAILS) {
            long wait = reports.admit(now);
            if (wait > 0) {
                return tooManyRequests(wait, "Too many requests to the authentication methods reports.");
            }
        }
        admittedUnits.addAndGet(cost);
        return null;
    }

    private GraphResponse tooManyRequests(long waitNanos, String message) {
        return GraphResponse.error(429, "TooManyRequests", message)
                .withHeader(RETRY_AFTER, Integer.toString(retryAfterSeconds(waitNanos)));
    }

    /** Whole seconds, at least 1, unless the scenario forces a value. */
    int retryAfterSeconds(long waitNanos) {
        if (forcedRetryAfter != MockScenario.NOT_FORCED) {
            return forcedRetryAfter;
        }
        return (int) Math.max(1L, (waitNanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }

    long admittedUnits() {
        return admittedUnits.get();
    }

    void resetUnits() {
        admittedUnits.set(0);
    }

    /** Real nanoseconds a perfect client needs at best for this many units and report requests. */
    long floorNanos(long units, long reportRequests) {
        long bucketFloor = bucket == null ? 0 : bucket.floorNanos(units);
        long reportsFloor = reports == null ? 0 : reports.floorNanos(reportRequests);
        return Math.max(bucketFloor, reportsFloor);
    }
}
