package io.textmfa.licensing;

import io.textmfa.policy.SmsScope;

import java.util.List;

/** Everything {@link LicenseAudit#run} finds: per user, per SKU, the summary and the resolved SMS scope. */
public record AuditResult(Ruleset ruleset, List<UserVerdict> users, List<SkuSummary> skus, AuditSummary summary,
                          SmsScope scope, SkuCatalog catalog) {
    public AuditResult {
        users = List.copyOf(users);
        skus = List.copyOf(skus);
    }
}
