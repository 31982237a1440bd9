package io.textmfa.delivery;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulator's assumptions (docs/delivery.md): global figures (fallback timeout, code length and
 * lifetime, verify attempts, send rate limit, opt-in, voice and provider), a latency model per
 * channel, and per-country adoption, success and prices. Immutable; edits make copies.
 */
public record DeliveryModel(Map<String, Figure> global, Map<DeliveryChannel, LatencyModel> latency,
                            Map<String, CountryModel> countries, CountryModel defaultCountry) {
    public DeliveryModel {
        global = Collections.unmodifiableMap(new LinkedHashMap<>(global));
        latency = Collections.unmodifiableMap(new EnumMap<>(latency));
        countries = Collections.unmodifiableMap(new LinkedHashMap<>(countries));
    }

    public static DeliveryModel builtIn() {
        return DeliveryModelJson.builtIn();
    }

    public double value(String name) {
        Figure figure = global.get(name);
        if (figure == null) {
            throw new IllegalArgumentException("the delivery model has no figure " + name);
        }
        return figure.value();
    }

    public CountryModel country(String code) {
        CountryModel model = countries.get(code);
        return model != null ? model : defaultCountry.withCountry(code);
    }

    public long fallbackTimeoutMs() {
        return Math.round(value("fallbackTimeoutMs"));
    }

    public int codeLength() {
        return (int) Math.round(value("codeLength"));
    }

    public boolean tenantHasSmsOptIn() {
        return value("tenantHasSmsOptIn") >= 0.5;
    }

    /** A copy with one country's figures replaced (or added). */
    public DeliveryModel withCountry(CountryModel model) {
        Map<String, CountryModel> copy = new LinkedHashMap<>(countries);
        copy.put(model.country(), model);
        return new DeliveryModel(global, latency, copy, defaultCountry);
    }

    /** A copy with one global figure's value replaced. */
    public DeliveryModel withGlobal(String name, double value) {
        Map<String, Figure> copy = new LinkedHashMap<>(global);
        Figure old = copy.get(name);
        copy.put(name, new Figure(value, old == null ? "edited" : old.source() + " (edited)", null, true));
        return new DeliveryModel(copy, latency, countries, defaultCountry);
    }
}
