package io.textmfa.graph.mock;

/**
 * A token bucket of resource units: full at start, refilled continuously at {@code capacity}
 * units per window. Times are real nanoseconds (windows already scaled).
 */
final class ResourceBucket {
    private final int capacity;
    private final long windowNanos;
    private final double unitsPerNano;
    private double units;
    private long lastRefill;

    ResourceBucket(int capacity, long windowNanos, long now) {
        this.capacity = capacity;
        this.windowNanos = windowNanos;
        this.unitsPerNano = capacity / (double) windowNanos;
        this.units = capacity;
        this.lastRefill = now;
    }

    /** Takes {@code cost} units and answers 0, or answers the nanoseconds until they are there (taking nothing). */
    synchronized long take(int cost, long now) {
        refill(now);
        double needed = Math.min(cost, capacity);
        if (units >= needed) {
            units -= needed;
            return 0;
        }
        return Math.max(1L, (long) Math.ceil((needed - units) / unitsPerNano));
    }

    private void refill(long now) {
        if (now > lastRefill) {
            units = Math.min(capacity, units + (now - lastRefill) * unitsPerNano);
            lastRefill = now;
        }
    }

    /** Real nanoseconds a client needs at best to spend {@code totalUnits}, starting with a full bucket. */
    long floorNanos(long totalUnits) {
        long over = Math.max(0, totalUnits - capacity);
        try {
            return (Math.multiplyExact(over, windowNanos) + capacity - 1) / capacity;
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
