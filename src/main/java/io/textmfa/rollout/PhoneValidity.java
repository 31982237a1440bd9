package io.textmfa.rollout;

/** Whether the number Entra would use is one libphonenumber accepts. */
public enum PhoneValidity {
    VALID("valid"),
    INVALID("invalid"),
    MISSING("missing");

    private final String jsonName;

    PhoneValidity(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
