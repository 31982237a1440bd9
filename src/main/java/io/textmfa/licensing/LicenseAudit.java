package io.textmfa.licensing;

import io.textmfa.policy.SmsScope;
import io.textmfa.policy.SmsScopeResolver;
import io.textmfa.tenant.AssignedLicense;
import io.textmfa.tenant.SubscribedSku;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The licence audit: for every user, whether a licence qualifies under the ruleset and why, set
 * against the SMS policy scope; for every SKU, its units and its share in scope. A user is eligible
 * while at least one qualifying SKU's subscription is active (enabled or in warning). Whether SMS
 * sign-in is licensed is always judged by the {@code sms-sign-in} ruleset, whatever ruleset is
 * audited, because that is the requirement for sign-in. Pure function of its inputs.
 */
public final class LicenseAudit {
    private LicenseAudit() {
    }

    public static AuditResult run(TenantSnapshot snapshot, Ruleset ruleset) {
        return run(snapshot, ruleset, SkuCatalog.builtIn());
    }

    public static AuditResult run(TenantSnapshot snapshot, Ruleset ruleset, SkuCatalog catalog) {
        SmsScope scope = SmsScopeResolver.resolve(snapshot);
        SkuFacts facts = SkuFacts.of(snapshot, catalog);
        Qualifier qualifier = new Qualifier(ruleset, facts);
        Qualifier signInQualifier = ruleset.id().equals(Rulesets.SMS_SIGN_IN) ? qualifier
                : new Qualifier(Rulesets.smsSignIn(), facts);
        Map<String, Integer> consumedInScope = new HashMap<>();
        List<UserVerdict> verdicts = new ArrayList<>(snapshot.users().size());
        Counts counts = new Counts();
        for (User user : snapshot.users()) {
            boolean inScope = scope.contains(user.id());
            boolean signIn = scope.allowsSignIn(user.id());
            List<QualifyingSku> qualifying = qualifier.qualifying(user);
            boolean eligible = hasActive(qualifying);
            Set<AuditFlag> flags = EnumSet.noneOf(AuditFlag.class);
            if (inScope && !eligible) {
                flags.add(AuditFlag.UNLICENSED_IN_SCOPE);
            }
            if (signIn && !hasActive(signInQualifier == qualifier ? qualifying : signInQualifier.qualifying(user))) {
                flags.add(AuditFlag.SIGN_IN_UNLICENSED);
            }
            if (!user.accountEnabled()) {
                flags.add(AuditFlag.DISABLED_ACCOUNT);
            }
            if (user.isGuest()) {
                flags.add(AuditFlag.GUEST);
            }
            if (anyNotEnabled(qualifying)) {
                flags.add(AuditFlag.SKU_SUSPENDED);
            }
            if (p1PlanDisabled(user, facts)) {
                flags.add(AuditFlag.P1_PLAN_DISABLED);
            }
            if (user.usageLocation() == null || user.usageLocation().isBlank()) {
                flags.add(AuditFlag.NO_USAGE_LOCATION);
            }
            if (inScope) {
                for (AssignedLicense license : user.assignedLicenses()) {
                    consumedInScope.merge(facts.get(license.skuId()).skuId(), 1, Integer::sum);
                }
            }
            UserVerdict verdict = new UserVerdict(user, eligible, qualifying, inScope, signIn, flags);
            counts.add(verdict);
            verdicts.add(verdict);
        }
        return new AuditResult(ruleset, verdicts, skuSummaries(snapshot, qualifier, facts, consumedInScope),
                counts.summary(), scope, catalog);
    }

    private static boolean hasActive(List<QualifyingSku> qualifying) {
        for (QualifyingSku sku : qualifying) {
            if (!sku.isInactive()) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyNotEnabled(List<QualifyingSku> qualifying) {
        for (QualifyingSku sku : qualifying) {
            if (sku.isInactive() || sku.isInWarning()) {
                return true;
            }
        }
        return false;
    }

    private static boolean p1PlanDisabled(User user, SkuFacts facts) {
        for (AssignedLicense license : user.assignedLicenses()) {
            if (!license.disabledPlans().isEmpty() && license.isPlanDisabled(ServicePlans.ENTRA_ID_P1)
                    && facts.get(license.skuId()).entraPlans().contains(ServicePlans.ENTRA_ID_P1)) {
                return true;
            }
        }
        return false;
    }

    private static List<SkuSummary> skuSummaries(TenantSnapshot snapshot, Qualifier qualifier, SkuFacts facts,
                                                 Map<String, Integer> consumedInScope) {
        List<SkuSummary> summaries = new ArrayList<>();
        for (SubscribedSku sku : snapshot.subscribedSkus()) {
            SkuFacts.Fact fact = facts.get(sku.skuId());
            boolean listed = qualifier.isListed(fact);
            boolean bundle = !listed && qualifier.hasBundlePlan(fact);
            summaries.add(new SkuSummary(sku.skuId(), sku.skuPartNumber(), fact.displayName(), sku.capabilityStatus(),
                    sku.prepaidUnits().enabled(), sku.prepaidUnits().suspended(), sku.prepaidUnits().warning(),
                    sku.prepaidUnits().lockedOut(), sku.consumedUnits(), listed || bundle, bundle,
                    consumedInScope.getOrDefault(fact.skuId(), 0)));
        }
        return summaries;
    }

    /** Decides which of a user's licences qualify under one ruleset. */
    private static final class Qualifier {
        private final Ruleset ruleset;
        private final Map<String, LicenseRule> rules;
        private final SkuFacts facts;
        private final Map<String, QualifyingSku> listed = new HashMap<>();
        private final Map<String, QualifyingSku> bundled = new HashMap<>();

        Qualifier(Ruleset ruleset, SkuFacts facts) {
            this.ruleset = ruleset;
            this.rules = ruleset.rulesBySkuId();
            this.facts = facts;
        }

        List<QualifyingSku> qualifying(User user) {
            List<AssignedLicense> licenses = user.assignedLicenses();
            if (licenses.isEmpty()) {
                return List.of();
            }
            List<QualifyingSku> qualifying = null;
            for (AssignedLicense license : licenses) {
                SkuFacts.Fact fact = facts.get(license.skuId());
                QualifyingSku sku = null;
                if (isListed(fact)) {
                    sku = listed.computeIfAbsent(fact.skuId(), k -> qualifyingSku(fact, false));
                } else if (bundlePlanAssigned(fact, license)) {
                    sku = bundled.computeIfAbsent(fact.skuId(), k -> qualifyingSku(fact, true));
                }
                if (sku != null) {
                    if (qualifying == null) {
                        qualifying = new ArrayList<>(2);
                    }
                    qualifying.add(sku);
                }
            }
            return qualifying == null ? List.of() : List.copyOf(qualifying);
        }

        boolean isListed(SkuFacts.Fact fact) {
            return rules.containsKey(fact.skuId());
        }

        boolean hasBundlePlan(SkuFacts.Fact fact) {
            for (String plan : fact.entraPlans()) {
                if (ruleset.bundlePlanIds().contains(plan)) {
                    return true;
                }
            }
            return false;
        }

        /** Some Entra ID plan of the SKU that the ruleset accepts is assigned and not disabled. */
        private boolean bundlePlanAssigned(SkuFacts.Fact fact, AssignedLicense license) {
            for (String plan : fact.entraPlans()) {
                if (ruleset.bundlePlanIds().contains(plan) && !license.isPlanDisabled(plan)) {
                    return true;
                }
            }
            return false;
        }

        private static QualifyingSku qualifyingSku(SkuFacts.Fact fact, boolean viaBundle) {
            return new QualifyingSku(fact.skuId(), fact.partNumber(), fact.displayName(), viaBundle, fact.capabilityStatus());
        }
    }

    /** Tallies the summary as verdicts are made. */
    private static final class Counts {
        int users;
        int eligible;
        int inScope;
        int unlicensedInScope;
        int signIn;
        int signInUnlicensed;
        int guests;
        int disabled;
        int suspended;
        int p1Disabled;
        int noLocation;

        void add(UserVerdict v) {
            users++;
            eligible += v.eligible() ? 1 : 0;
            inScope += v.inScope() ? 1 : 0;
            signIn += v.signInEnabled() ? 1 : 0;
            unlicensedInScope += v.has(AuditFlag.UNLICENSED_IN_SCOPE) ? 1 : 0;
            signInUnlicensed += v.has(AuditFlag.SIGN_IN_UNLICENSED) ? 1 : 0;
            guests += v.has(AuditFlag.GUEST) ? 1 : 0;
            disabled += v.has(AuditFlag.DISABLED_ACCOUNT) ? 1 : 0;
            suspended += v.has(AuditFlag.SKU_SUSPENDED) ? 1 : 0;
            p1Disabled += v.has(AuditFlag.P1_PLAN_DISABLED) ? 1 : 0;
            noLocation += v.has(AuditFlag.NO_USAGE_LOCATION) ? 1 : 0;
        }

        AuditSummary summary() {
            return new AuditSummary(users, eligible, users - eligible, inScope, unlicensedInScope, signIn,
                    signInUnlicensed, guests, disabled, suspended, p1Disabled, noLocation);
        }
    }
}
