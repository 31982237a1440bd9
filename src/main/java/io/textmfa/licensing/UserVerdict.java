package io.textmfa.licensing;

import io.textmfa.tenant.User;

import java.util.List;
import java.util.Set;

/**
 * The audit's answer for one user: eligible or not under the ruleset, the SKUs that qualify, whether
 * the SMS policy enables the user (and for sign-in), and the flags. The sentence that explains it
 * is made on demand by {@link VerdictExplainer}.
 */
public record UserVerdict(User user, boolean eligible, List<QualifyingSku> qualifyingSkus, boolean inScope,
                          boolean signInEnabled, Set<AuditFlag> flags) {
    public boolean has(AuditFlag flag) {
        return flags.contains(flag);
    }
}
