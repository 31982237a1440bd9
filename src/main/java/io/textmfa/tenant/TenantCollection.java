package io.textmfa.tenant;

/** The collections of a snapshot, each read (or not) on its own, with its own source state. */
public enum TenantCollection {
    SUBSCRIBED_SKUS("subscribedSkus", "Subscribed SKUs"),
    USERS("users", "Users"),
    GROUPS("groups", "Groups"),
    PHONE_METHODS("phoneMethods", "Phone methods"),
    USER_REGISTRATION_DETAILS("userRegistrationDetails", "User registration details"),
    AUTHENTICATION_METHODS_POLICY("authenticationMethodsPolicy", "Authentication methods policy");

    private final String jsonName;
    private final String label;

    TenantCollection(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }

    public static TenantCollection fromJsonName(String name) {
        for (TenantCollection collection : values()) {
            if (collection.jsonName.equals(name)) {
                return collection;
            }
        }
        return null;
    }
}
