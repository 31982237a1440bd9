package io.textmfa.delivery;

import java.util.List;
import java.util.Map;

/**
 * A bulk simulation's result for one scenario: delivery, fallback, time to code percentiles (of
 * delivered codes), cost, and the same by country and by channel; the latency histogram has
 * {@link BulkSimulation#BIN_MS}-millisecond bins.
 */
public record ScenarioResult(Scenario scenario, int attempts, int delivered, int fellBack, double p50Ms, double p95Ms,
                             double p99Ms, double costUsd, List<CountryResult> byCountry,
                             Map<DeliveryChannel, Integer> channels, int[] histogram) {
    public double deliveredShare() {
        return attempts == 0 ? 0 : (double) delivered / attempts;
    }

    public double fallbackShare() {
        return attempts == 0 ? 0 : (double) fellBack / attempts;
    }

    public double costPer1000Usd() {
        return attempts == 0 ? 0 : costUsd * 1000 / attempts;
    }
}
