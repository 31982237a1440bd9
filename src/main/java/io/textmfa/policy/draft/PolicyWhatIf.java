package io.textmfa.policy.draft;

import io.textmfa.licensing.LicenseAudit;
import io.textmfa.licensing.Ruleset;
import io.textmfa.licensing.UserVerdict;
import io.textmfa.policy.SmsScope;
import io.textmfa.policy.SmsScopeResolver;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;
import io.textmfa.tenant.UserRegistrationDetails;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Compares a draft SMS configuration with the current one on the same snapshot. Pure function. */
public final class PolicyWhatIf {
    private PolicyWhatIf() {
    }

    public static WhatIf compare(TenantSnapshot snapshot, SmsMethodConfiguration current, SmsMethodConfiguration draft,
                                 Ruleset ruleset) {
        SmsScope before = current == null ? SmsScopeResolver.resolve(snapshot)
                : SmsScopeResolver.resolve(snapshot, current);
        SmsScope after = SmsScopeResolver.resolve(snapshot, draft);
        Set<String> eligible = new HashSet<>();
        for (UserVerdict verdict : LicenseAudit.run(snapshot, ruleset).users()) {
            if (verdict.eligible()) {
                eligible.add(verdict.user().id());
            }
        }
        Set<String> phoneOnly = new HashSet<>();
        for (UserRegistrationDetails details : snapshot.userRegistrationDetails()) {
            if (details.isPhoneOnly()) {
                phoneOnly.add(details.id());
            }
        }
        List<User> users = snapshot.users();
        return new WhatIf(
                group("gainMfa", users, u -> after.contains(u) && !before.contains(u)),
                group("loseMfa", users, u -> before.contains(u) && !after.contains(u)),
                group("gainSignIn", users, u -> after.allowsSignIn(u) && !before.allowsSignIn(u)),
                group("loseSignIn", users, u -> before.allowsSignIn(u) && !after.allowsSignIn(u)),
                group("unlicensedNewlyInScope", users, u -> after.contains(u) && !before.contains(u) && !eligible.contains(u)),
                group("phoneOnlyLosingMethod", users, u -> before.contains(u) && !after.contains(u) && phoneOnly.contains(u)),
                before, after);
    }

    private static UserGroup group(String name, List<User> users, Predicate<String> member) {
        List<String> ids = new ArrayList<>();
        Map<String, Integer> byCountry = new HashMap<>();
        for (User user : users) {
            if (member.test(user.id())) {
                ids.add(user.id());
                String country = user.usageLocation() == null || user.usageLocation().isBlank() ? "??" : user.usageLocation();
                byCountry.merge(country, 1, Integer::sum);
            }
        }
        return new UserGroup(name, ids, byCountry);
    }
}
