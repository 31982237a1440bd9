package io.textmfa.rollout;

/** How far a timeline entry can be trusted: Microsoft's word, a third party's, or an assumption. */
public enum Confidence {
    MICROSOFT("microsoft"),
    THIRD_PARTY("third-party"),
    ASSUMPTION("assumption");

    private final String jsonName;

    Confidence(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Confidence fromJsonName(String name) {
        for (Confidence confidence : values()) {
            if (confidence.jsonName.equalsIgnoreCase(name)) {
                return confidence;
            }
        }
        return null;
    }
}
