package io.textmfa.cli;

import io.textmfa.licensing.Ruleset;
import io.textmfa.policy.Finding;
import io.textmfa.policy.Severity;
import io.textmfa.policy.draft.DraftValidator;
import io.textmfa.policy.draft.PolicyDiff;
import io.textmfa.policy.draft.PolicyWhatIf;
import io.textmfa.policy.draft.UserGroup;
import io.textmfa.policy.draft.WhatIf;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.TenantSnapshot;

import java.io.PrintWriter;
import java.util.List;

/** A draft reviewed against a tenant: the readable diff, the what-if and the validation findings. */
record PolicyReview(List<String> diff, WhatIf whatIf, List<Finding> findings) {
    static PolicyReview of(TenantSnapshot snapshot, SmsMethodConfiguration draft, Ruleset ruleset) {
        return of(snapshot, PolicyDrafts.current(snapshot), draft, ruleset);
    }

    /** The draft against {@code current}: the tenant's configuration, or another policy file such as a backup. */
    static PolicyReview of(TenantSnapshot snapshot, SmsMethodConfiguration current, SmsMethodConfiguration draft,
                           Ruleset ruleset) {
        WhatIf whatIf = PolicyWhatIf.compare(snapshot, current, draft, ruleset);
        return new PolicyReview(PolicyDiff.lines(current, draft, PolicyDrafts.groupNames(snapshot)), whatIf,
                DraftValidator.validate(snapshot, current, draft, whatIf));
    }

    boolean hasErrors() {
        return DraftValidator.hasErrors(findings);
    }

    List<String> sentences(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).map(Finding::sentence).toList();
    }

    void print(PrintWriter out) {
        out.println(diff.isEmpty() ? "No change." : "Changes:");
        diff.forEach(line -> out.println("  " + line));
        out.println();
        for (UserGroup group : List.of(whatIf.gainMfa(), whatIf.loseMfa(), whatIf.gainSignIn(), whatIf.loseSignIn(),
                whatIf.unlicensedNewlyInScope(), whatIf.phoneOnlyLosingMethod())) {
            out.printf("%-24s %7d  %s%n", group.name(), group.count(), group.byCountry().isEmpty() ? "" : group.byCountry());
        }
        for (Finding finding : findings) {
            out.println((finding.severity() == Severity.ERROR ? "error: " : "warning: ") + finding.sentence());
        }
    }
}
