package io.textmfa.ui.rollout;

import io.textmfa.rollout.Channel;
import io.textmfa.rollout.CountryRollout;

import java.util.Locale;

/** A row of the Rollout country table. */
public record CountryRow(CountryRollout rollout, String name) {
    public static CountryRow of(CountryRollout rollout) {
        String code = rollout.country();
        String name = code.length() == 2 && Character.isLetter(code.charAt(0))
                ? new Locale("", code).getDisplayCountry(Locale.ENGLISH) : "Unknown";
        return new CountryRow(rollout, name);
    }

    public String code() {
        return rollout.country();
    }

    public int count(Channel channel) {
        return rollout.count(channel);
    }
}
