package io.textmfa.licensing;

import io.textmfa.tenant.AssignedLicense;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.TenantFixture;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.textmfa.tenant.TenantFixture.AAD_PREMIUM_P2;
import static io.textmfa.tenant.TenantFixture.DESKLESSPACK;
import static io.textmfa.tenant.TenantFixture.EMS;
import static io.textmfa.tenant.TenantFixture.ENTERPRISEPACK;
import static io.textmfa.tenant.TenantFixture.M365_F1_COMM;
import static io.textmfa.tenant.TenantFixture.P1;
import static io.textmfa.tenant.TenantFixture.P2;
import static io.textmfa.tenant.TenantFixture.SPB;
import static io.textmfa.tenant.TenantFixture.SPE_E3;
import static io.textmfa.tenant.TenantFixture.SPE_F1;
import static io.textmfa.tenant.TenantFixture.includeGroup;
import static org.assertj.core.api.Assertions.assertThat;

class LicenseAuditTest {
    /** One user holding the given SKUs, in SMS scope through group Sales-IN (SMS sign-in allowed when asked). */
    private static TenantFixture oneUser(boolean signIn, String... skuIds) {
        return new TenantFixture().user("u", skuIds).group("g", "Sales-IN", "u")
                .sms("enabled", List.of(includeGroup("g", signIn)), List.of());
    }

    private static TenantFixture withAllSkus(TenantFixture fixture) {
        return fixture.sku(SPE_E3, "SPE_E3", "Enabled", P1).sku(ENTERPRISEPACK, "ENTERPRISEPACK", "Enabled")
                .sku(DESKLESSPACK, "DESKLESSPACK", "Enabled").sku(SPE_F1, "SPE_F1", "Enabled", P1)
                .sku(M365_F1_COMM, "M365_F1_COMM", "Enabled", P1).sku(SPB, "SPB", "Enabled", P1)
                .sku(AAD_PREMIUM_P2, "AAD_PREMIUM_P2", "Suspended", P1, P2).sku(EMS, "EMS", "Warning", P1);
    }

    private static UserVerdict verdict(TenantSnapshot snapshot, Ruleset ruleset) {
        return LicenseAudit.run(snapshot, ruleset).users().get(0);
    }

    private static String explain(TenantSnapshot snapshot, Ruleset ruleset) {
        AuditResult result = LicenseAudit.run(snapshot, ruleset);
        return VerdictExplainer.explain(result.users().get(0), result);
    }

    @Test
    void microsoft365E3QualifiesForBoth() {
        TenantSnapshot snapshot = withAllSkus(oneUser(false, SPE_E3)).build();

        assertThat(verdict(snapshot, Rulesets.textMfa()).eligible()).isTrue();
        assertThat(verdict(snapshot, Rulesets.smsSignIn()).eligible()).isTrue();
        assertThat(explain(snapshot, Rulesets.textMfa()))
                .isEqualTo("Eligible through Microsoft 365 E3 (SPE_E3). In SMS policy scope through group Sales-IN.");
    }

    @Test
    void office365E3QualifiesForTextMfaButNotForSmsSignIn() {
        TenantSnapshot snapshot = withAllSkus(oneUser(false, ENTERPRISEPACK)).build();

        assertThat(verdict(snapshot, Rulesets.textMfa()).eligible()).isTrue();
        UserVerdict signIn = verdict(snapshot, Rulesets.smsSignIn());
        assertThat(signIn.eligible()).isFalse();
        assertThat(signIn.flags()).contains(AuditFlag.UNLICENSED_IN_SCOPE);
        assertThat(explain(snapshot, Rulesets.smsSignIn())).isEqualTo(
                "In SMS policy scope through group Sales-IN, but holds only Office 365 E3 (ENTERPRISEPACK), which has no Entra ID P1 plan.");
    }

    @Test
    void office365F3QualifiesForSmsSignInButNotForTextMfa() {
        TenantSnapshot snapshot = withAllSkus(oneUser(false, DESKLESSPACK)).build();

        assertThat(verdict(snapshot, Rulesets.textMfa()).eligible()).isFalse();
        assertThat(verdict(snapshot, Rulesets.smsSignIn()).eligible()).isTrue();
    }

    @Test
    void speF1IsMicrosoft365F3AndQualifies() {
        TenantSnapshot snapshot = withAllSkus(oneUser(false, SPE_F1)).build();

        UserVerdict verdict = verdict(snapshot, Rulesets.smsSignIn());
        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.qualifyingSkus()).singleElement().satisfies(q -> {
            assertThat(q.label()).isEqualTo("Microsoft 365 F3 (SPE_F1)");
            assertThat(q.viaBundle()).isFalse();
        });
    }

    @Test
    void m365F1CommIsMicrosoft365F1AndQualifies() {
        TenantSnapshot snapshot = withAllSkus(oneUser(false, M365_F1_COMM)).build();

        assertThat(verdict(snapshot, Rulesets.textMfa()).qualifyingSkus()).extracting(QualifyingSku::displayName)
                .containsExactly("Microsoft 365 F1");
    }

    @Test
    void businessPremiumQualifiesViaItsBundledP1Plan() {
        TenantSnapshot snapshot = withAllSkus(oneUser(false, SPB)).build();

        UserVerdict verdict = verdict(snapshot, Rulesets.smsSignIn());
        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.qualifyingSkus()).singleElement().extracting(QualifyingSku::viaBundle).isEqualTo(true);
        assertThat(explain(snapshot, Rulesets.textMfa())).startsWith(
                "Eligible through Microsoft 365 Business Premium (SPB), which includes Entra ID P1.");
    }

    @Test
    void aBundleWithItsP1PlanDisabledDoesNotQualify() {
        User user = new User("u", "U", "u@fabrikam.com", true, "Member", "NZ", null, null,
                List.of(new AssignedLicense(SPB, List.of(P1))));
        TenantSnapshot snapshot = withAllSkus(new TenantFixture().user(user).group("g", "Sales-IN", "u")
                .sms("enabled", List.of(includeGroup("g", false)), List.of())).build();

        UserVerdict verdict = verdict(snapshot, Rulesets.textMfa());
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.flags()).contains(AuditFlag.P1_PLAN_DISABLED, AuditFlag.UNLICENSED_IN_SCOPE);
        assertThat(explain(snapshot, Rulesets.textMfa())).isEqualTo("In SMS policy scope through group Sales-IN, but holds only"
                + " Microsoft 365 Business Premium (SPB), whose Entra ID P1 plan is disabled in this assignment.");
    }

    @Test
    void aListedSkuWithItsP1PlanDisabledStillQualifiesButIsFlagged() {
        User user = new User("u", "U", "u@fabrikam.com", true, "Member", "NZ", null, null,
                List.of(new AssignedLicense(SPE_E3, List.of(P1))));
        TenantSnapshot snapshot = withAllSkus(new TenantFixture().user(user)).build();

        UserVerdict verdict = verdict(snapshot, Rulesets.textMfa());
        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.flags()).containsExactly(AuditFlag.P1_PLAN_DISABLED);
    }

    @Test
    void skusMatchOnSkuIdNotOnNames() {
        String lookalike = "11111111-2222-4333-8444-555555555555";
        TenantSnapshot snapshot = new TenantFixture().user("fake", lookalike).user("real", SPE_E3)
                .sku(lookalike, "SPE_E3", "Enabled").sku(SPE_E3, "RENAMED_BY_MICROSOFT", "Enabled", P1).build();

        AuditResult result = LicenseAudit.run(snapshot, Rulesets.textMfa());
        assertThat(result.users()).extracting(UserVerdict::eligible).containsExactly(false, true);
        assertThat(result.users().get(1).qualifyingSkus().get(0).displayName()).isEqualTo("Microsoft 365 E3");
    }

    @Test
    void aSuspendedSubscriptionDoesNotLicenseAndAWarningStillDoes() {
        TenantSnapshot suspended = withAllSkus(oneUser(false, AAD_PREMIUM_P2)).build();
        TenantSnapshot warning = withAllSkus(oneUser(false, EMS)).build();

        UserVerdict s = verdict(suspended, Rulesets.textMfa());
        assertThat(s.eligible()).isFalse();
        assertThat(s.flags()).contains(AuditFlag.SKU_SUSPENDED, AuditFlag.UNLICENSED_IN_SCOPE);
        assertThat(explain(suspended, Rulesets.textMfa())).isEqualTo("In SMS policy scope through group Sales-IN, but holds only"
                + " Microsoft Entra ID P2 (AAD_PREMIUM_P2), whose subscription is Suspended.");
        UserVerdict w = verdict(warning, Rulesets.textMfa());
        assertThat(w.eligible()).isTrue();
        assertThat(w.flags()).containsExactly(AuditFlag.SKU_SUSPENDED);
    }

    @Test
    void onlyUsersInScopeWithoutALicenceGetTheKeyFinding() {
        TenantSnapshot snapshot = new TenantFixture().user("in").user("out").group("g", "Sales-IN", "in")
                .sms("enabled", List.of(includeGroup("g", false)), List.of()).build();

        AuditResult result = LicenseAudit.run(snapshot, Rulesets.textMfa());
        assertThat(result.users().get(0).flags()).contains(AuditFlag.UNLICENSED_IN_SCOPE);
        assertThat(result.users().get(1).flags()).doesNotContain(AuditFlag.UNLICENSED_IN_SCOPE);
        assertThat(VerdictExplainer.explain(result.users().get(0), result))
                .isEqualTo("In SMS policy scope through group Sales-IN, but holds no licence.");
        assertThat(result.summary().unlicensedInScope()).isEqualTo(1);
        assertThat(result.summary().inScope()).isEqualTo(1);
    }

    @Test
    void smsSignInIsJudgedByTheSignInRulesetWhicheverRulesetIsAudited() {
        TenantSnapshot snapshot = withAllSkus(oneUser(true, ENTERPRISEPACK)).build();

        UserVerdict verdict = verdict(snapshot, Rulesets.textMfa());
        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.signInEnabled()).isTrue();
        assertThat(verdict.flags()).containsExactly(AuditFlag.SIGN_IN_UNLICENSED);
    }

    @Test
    void guestsDisabledAccountsAndMissingUsageLocationsAreFlagged() {
        TenantSnapshot snapshot = new TenantFixture()
                .user(new User("g", "G", "g_x#EXT#@f", true, "Guest", "IN", null, null, List.of()))
                .user(new User("d", "D", "d@f", false, "Member", "IN", null, null, List.of()))
                .user(new User("n", "N", "n@f", true, "Member", null, null, null, List.of())).build();

        AuditResult result = LicenseAudit.run(snapshot, Rulesets.smsSignIn());
        assertThat(result.users()).extracting(UserVerdict::flags).containsExactly(
                java.util.EnumSet.of(AuditFlag.GUEST), java.util.EnumSet.of(AuditFlag.DISABLED_ACCOUNT),
                java.util.EnumSet.of(AuditFlag.NO_USAGE_LOCATION));
        assertThat(result.summary().guests()).isEqualTo(1);
    }

    @Test
    void skuSummariesCountUnitsAndUseInScope() {
        TenantSnapshot snapshot = new TenantFixture().user("a", SPE_E3).user("b", SPE_E3).user("c", ENTERPRISEPACK)
                .user("d", SPB).group("g", "Sales-IN", "a", "c").sms("enabled", List.of(includeGroup("g", false)), List.of())
                .sku(SPE_E3, "SPE_E3", "Enabled", P1).sku(ENTERPRISEPACK, "ENTERPRISEPACK", "Enabled")
                .sku(SPB, "SPB", "Enabled", P1).build();

        List<SkuSummary> skus = LicenseAudit.run(snapshot, Rulesets.smsSignIn()).skus();
        assertThat(skus).extracting(SkuSummary::skuPartNumber, SkuSummary::consumed, SkuSummary::available,
                        SkuSummary::consumedInScope, SkuSummary::qualifies, SkuSummary::viaBundle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SPE_E3", 2, 8, 1, true, false),
                        org.assertj.core.groups.Tuple.tuple("ENTERPRISEPACK", 1, 9, 1, false, false),
                        org.assertj.core.groups.Tuple.tuple("SPB", 1, 9, 0, true, true));
    }

    @Test
    void theDemoTenantHasTheKeyFindingAndADeletedGroup() {
        AuditResult result = LicenseAudit.run(io.textmfa.tenant.demo.TenantGenerator.demoTenant(), Rulesets.textMfa());

        assertThat(result.summary().unlicensedInScope()).isPositive();
        assertThat(result.summary().signInUnlicensed()).isPositive();
        assertThat(result.scope().unresolvedTargets()).extracting(t -> t.id())
                .containsExactly(io.textmfa.tenant.demo.TenantGenerator.DELETED_GROUP_ID);
        assertThat(result.summary().eligible() + result.summary().ineligible()).isEqualTo(2500);
    }

    @Test
    void allUsersTargetPutsEveryoneInScope() {
        TenantSnapshot snapshot = new TenantFixture().user("a").user("b")
                .sms("enabled", List.of(includeGroup(IncludeTarget.ALL_USERS, false)), List.of()).build();

        assertThat(LicenseAudit.run(snapshot, Rulesets.textMfa()).summary().unlicensedInScope()).isEqualTo(2);
    }
}
