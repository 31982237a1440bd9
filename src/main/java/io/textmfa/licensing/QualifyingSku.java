package io.textmfa.licensing;

/**
 * A SKU a user holds that satisfies the ruleset: named by the ruleset, or "via bundle" because it
 * carries an Entra ID P1/P2 plan that is assigned and not disabled.
 */
public record QualifyingSku(String skuId, String skuPartNumber, String displayName, boolean viaBundle,
                            String capabilityStatus) {
    /** "Microsoft 365 E3 (SPE_E3)". */
    public String label() {
        if (skuPartNumber == null || skuPartNumber.isBlank() || skuPartNumber.equals(displayName)) {
            return displayName;
        }
        return displayName + " (" + skuPartNumber + ")";
    }

    /** Suspended, locked out or deleted: the licence does not work. */
    public boolean isInactive() {
        return "Suspended".equalsIgnoreCase(capabilityStatus) || "LockedOut".equalsIgnoreCase(capabilityStatus)
                || "Deleted".equalsIgnoreCase(capabilityStatus);
    }

    /** In the warning (grace) period: works for now. */
    public boolean isInWarning() {
        return "Warning".equalsIgnoreCase(capabilityStatus);
    }
}
