package io.textmfa.delivery;

import java.util.Map;

/** One country's share of a bulk simulation. */
public record CountryResult(String country, int attempts, int delivered, int fellBack, double costUsd,
                            Map<DeliveryChannel, Integer> channels) {
    public double deliveredShare() {
        return attempts == 0 ? 0 : (double) delivered / attempts;
    }
}
