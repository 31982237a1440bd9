package io.textmfa.rollout;

/** Where a user's country came from: the phone number, else the usage location. */
public enum CountrySource {
    PHONE("phone"),
    USAGE_LOCATION("usageLocation"),
    UNKNOWN("unknown");

    private final String jsonName;

    CountrySource(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
