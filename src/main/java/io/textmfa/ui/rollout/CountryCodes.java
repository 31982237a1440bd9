package io.textmfa.ui.rollout;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Reads "GB, de; IE" as ISO 3166 country codes, rejecting anything else in one sentence. */
final class CountryCodes {
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private CountryCodes() {
    }

    static Set<String> parse(String text) {
        Set<String> codes = new TreeSet<>();
        if (text == null) {
            return codes;
        }
        for (String part : text.split("[,;\\s]+")) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (!ISO.contains(code)) {
                throw new IllegalArgumentException("\"" + part.strip() + "\" is not a two-letter country code such as GB or IN.");
            }
            codes.add(code);
        }
        return codes;
    }
}
