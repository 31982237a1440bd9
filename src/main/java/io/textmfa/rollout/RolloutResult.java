package io.textmfa.rollout;

import java.time.LocalDate;
import java.util.List;

/** The projection for one date: every user's channel, the per-country summary and the readiness. */
public record RolloutResult(LocalDate date, List<UserChannel> users, List<CountryRollout> countries, Readiness readiness) {
    public RolloutResult {
        users = List.copyOf(users);
        countries = List.copyOf(countries);
    }

    /** Users on this date by channel, over all countries. */
    public int count(Channel channel) {
        int total = 0;
        for (CountryRollout country : countries) {
            total += country.count(channel);
        }
        return total;
    }
}
