package io.textmfa.licensing;

/** Findings about a user's licence, each with the name used in JSON and CSV. */
public enum AuditFlag {
    /** In the SMS policy scope without an eligible licence: the key finding. */
    UNLICENSED_IN_SCOPE("unlicensedInScope", "In SMS scope without a licence"),
    /** Allowed to use SMS sign-in without a licence that SMS sign-in requires. */
    SIGN_IN_UNLICENSED("signInUnlicensed", "SMS sign-in without licence"),
    DISABLED_ACCOUNT("disabledAccount", "Disabled account"),
    /** A B2B guest: SMS sign-in is not supported for guests. */
    GUEST("guest", "Guest"),
    /** A qualifying SKU's subscription is suspended, locked out or in its warning period. */
    SKU_SUSPENDED("skuSuspended", "Subscription suspended or in warning"),
    /** The Entra ID P1 plan is switched off in one of the user's licence assignments. */
    P1_PLAN_DISABLED("p1PlanDisabled", "Entra ID P1 plan disabled"),
    /** No usage location: licences cannot be assigned to the user. */
    NO_USAGE_LOCATION("noUsageLocation", "No usage location");

    private final String jsonName;
    private final String label;

    AuditFlag(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }

    public static AuditFlag fromJsonName(String name) {
        for (AuditFlag flag : values()) {
            if (flag.jsonName.equalsIgnoreCase(name) || flag.name().equalsIgnoreCase(name.replace('-', '_'))) {
                return flag;
            }
        }
        return null;
    }
}
