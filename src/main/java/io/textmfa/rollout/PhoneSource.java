package io.textmfa.rollout;

/** Where the number Entra would use came from. */
public enum PhoneSource {
    MOBILE_METHOD("mobileMethod", "registered mobile phone"),
    PROFILE_MOBILE_PHONE("profileMobilePhone", "profile mobilePhone"),
    ALTERNATE_MOBILE_METHOD("alternateMobileMethod", "registered alternate mobile phone"),
    OFFICE_METHOD("officeMethod", "registered office phone"),
    NONE("none", "no phone");

    private final String jsonName;
    private final String label;

    PhoneSource(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }
}
