package io.textmfa.licensing;

/**
 * A subscribed SKU as the audit sees it: its units, whether it qualifies under the ruleset (by name
 * or via its Entra ID plan), and how many of its consumed units are held by users in SMS scope.
 */
public record SkuSummary(String skuId, String skuPartNumber, String displayName, String capabilityStatus,
                         int prepaidEnabled, int prepaidSuspended, int prepaidWarning, int prepaidLockedOut,
                         int consumed, boolean qualifies, boolean viaBundle, int consumedInScope) {
    /**
     * Seats that can still be assigned: enabled units plus units in their warning (grace) period, which
     * still work, less consumed ones. Negative when over-assigned or when the subscription is suspended.
     */
    public int available() {
        return prepaidEnabled + prepaidWarning - consumed;
    }
}
