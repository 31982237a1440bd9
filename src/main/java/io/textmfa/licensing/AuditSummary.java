package io.textmfa.licensing;

/** The audit's headline counts. */
public record AuditSummary(int users, int eligible, int ineligible, int inScope, int unlicensedInScope,
                           int signInEnabled, int signInUnlicensed, int guests, int disabledAccounts,
                           int skuSuspended, int p1PlanDisabled, int noUsageLocation) {
    /** Share of users who are eligible, 0 to 1 (0 for an empty tenant). */
    public double eligibleShare() {
        return users == 0 ? 0 : (double) eligible / users;
    }
}
