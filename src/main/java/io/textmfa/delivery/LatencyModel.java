package io.textmfa.delivery;

import java.util.random.RandomGenerator;

/** A lognormal latency given by its median and 95th percentile (milliseconds). */
public record LatencyModel(double medianMs, double p95Ms, String source, boolean assumption) {
    private static final double Z95 = 1.6448536269514722;

    public double sigma() {
        return Math.log(Math.max(p95Ms, medianMs * 1.0001) / medianMs) / Z95;
    }

    public double sample(RandomGenerator random, double sigma) {
        return medianMs * Math.exp(sigma * random.nextGaussian());
    }
}
