package io.textmfa.rollout;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** One country's users on the projected date, by channel, with its WhatsApp start, opt-in need and wave. */
public record CountryRollout(String country, int users, int inScope, Map<Channel, Integer> channels,
                             LocalDate whatsappStart, boolean optInRequired, String wave) {
    public CountryRollout {
        channels = Collections.unmodifiableMap(new EnumMap<>(channels));
    }

    public int count(Channel channel) {
        return channels.getOrDefault(channel, 0);
    }
}
