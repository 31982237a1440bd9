package io.textmfa.policy.draft;

import io.textmfa.policy.Finding;
import io.textmfa.policy.Severity;
import io.textmfa.policy.UnresolvedTarget;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.TargetType;
import io.textmfa.tenant.TenantCollection;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a draft SMS configuration; each finding is one sentence, errors first. */
public final class DraftValidator {
    private DraftValidator() {
    }

    /**
     * Validates {@code draft} against the snapshot; {@code current} (may be null) is the configuration it
     * replaces: a missing group the current configuration already names is a warning, a new one an error.
     */
    public static List<Finding> validate(TenantSnapshot snapshot, SmsMethodConfiguration current, SmsMethodConfiguration draft,
                                         WhatIf whatIf) {
        List<Finding> errors = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        String state = draft.state() == null ? "" : draft.state();
        if (!state.equalsIgnoreCase("enabled") && !state.equalsIgnoreCase("disabled")) {
            errors.add(Finding.error("The state must be enabled or disabled, not \"" + state + "\"."));
        }
        boolean groupsKnown = snapshot.sourceState(TenantCollection.GROUPS).state().isComplete();
        java.util.Set<String> named = new java.util.HashSet<>();
        if (current != null) {
            current.includeTargets().forEach(t -> named.add(t.id()));
            current.excludeTargets().forEach(t -> named.add(t.id()));
        }
        for (UnresolvedTarget target : whatIf.draft().unresolvedTargets()) {
            if (target.targetType() == TargetType.GROUP && groupsKnown && !named.contains(target.id())) {
                errors.add(Finding.error(target.sentence()));
            } else if (target.targetType() == TargetType.GROUP && !groupsKnown) {
                warnings.add(Finding.warning(target.sentence() + " Graph checks it when the draft is applied."));
            } else {
                warnings.add(Finding.warning(target.sentence()));
            }
        }
        if (draft.isEnabled() && draft.includeTargets().isEmpty()) {
            errors.add(Finding.error("The SMS method is enabled but includes nobody: add a group or All users, or disable it."));
        }
        long userTargets = draft.includeTargets().stream().filter(t -> t.targetType() == TargetType.USER).count()
                + draft.excludeTargets().stream().filter(t -> t.targetType() == TargetType.USER).count();
        if (userTargets > 0) {
            warnings.add(Finding.warning(userTargets + " target(s) name single users; Microsoft advises groups instead."));
        }
        if (draft.includeTargets().stream().anyMatch(t -> t.isAllUsers() && t.isUsableForSignIn())) {
            warnings.add(Finding.warning("All users may use SMS sign-in: every account can then sign in with a text"
                    + " message alone, guests included."));
        }
        if (whatIf.unlicensedNewlyInScope().count() > 0) {
            warnings.add(Finding.warning(String.format("%,d users come into SMS scope without an eligible licence.",
                    whatIf.unlicensedNewlyInScope().count())));
        }
        Map<String, User> users = new HashMap<>();
        snapshot.users().forEach(u -> users.put(u.id(), u));
        long guestsSignIn = whatIf.draft().signInUsers().stream().map(users::get)
                .filter(u -> u != null && u.isGuest()).count();
        if (guestsSignIn > 0) {
            warnings.add(Finding.warning(guestsSignIn + " guests are in scope for SMS sign-in, which B2B guests cannot use."));
        }
        if (draft.isEnabled() && !draft.includeTargets().isEmpty() && whatIf.draft().users().isEmpty()
                && !whatIf.draft().excludedUsers().isEmpty() && whatIf.draft().unresolvedTargets().isEmpty()) {
            warnings.add(Finding.warning("The exclusions remove every included user, so nobody gets text-message codes."));
        }
        if (whatIf.phoneOnlyLosingMethod().count() > 0) {
            warnings.add(Finding.warning(String.format("%,d phone-only users would lose their only sign-in method.",
                    whatIf.phoneOnlyLosingMethod().count())));
        }
        List<Finding> all = new ArrayList<>(errors);
        all.addAll(warnings);
        return all;
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
