package io.textmfa.policy.draft;

import io.textmfa.licensing.Rulesets;
import io.textmfa.policy.Finding;
import io.textmfa.policy.Severity;
import io.textmfa.tenant.ExcludeTarget;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.SourceStatus;
import io.textmfa.tenant.TargetType;
import io.textmfa.tenant.TenantCollection;
import io.textmfa.tenant.TenantFixture;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.textmfa.tenant.TenantFixture.P1;
import static io.textmfa.tenant.TenantFixture.SPE_E3;
import static io.textmfa.tenant.TenantFixture.excludeGroup;
import static io.textmfa.tenant.TenantFixture.includeGroup;
import static org.assertj.core.api.Assertions.assertThat;

class DraftValidatorTest {
    private static TenantFixture tenant() {
        return new TenantFixture().user("ana", SPE_E3).user("ben").user("cai", SPE_E3)
                .user(new User("gus", "Gus", "gus_x#EXT#@f", true, "Guest", "NZ", null, null, List.of()))
                .group("g-sales", "Sales-IN", "ana", "ben").group("g-all", "Everyone", "ana", "ben", "cai", "gus")
                .group("g-guard", "Break-glass", "ana", "ben", "cai", "gus")
                .sku(SPE_E3, "SPE_E3", "Enabled", P1)
                .sms("enabled", List.of(includeGroup("g-sales", false)), List.of());
    }

    private static List<Finding> validate(TenantSnapshot snapshot, SmsMethodConfiguration draft) {
        WhatIf whatIf = PolicyWhatIf.compare(snapshot, snapshot.authenticationMethodsPolicy().sms(), draft, Rulesets.textMfa());
        return DraftValidator.validate(snapshot, snapshot.authenticationMethodsPolicy().sms(), draft, whatIf);
    }

    private static SmsMethodConfiguration draft(String state, List<IncludeTarget> includes, List<ExcludeTarget> excludes) {
        return new SmsMethodConfiguration("Sms", state, includes, excludes);
    }

    @Test
    void aValidDraftHasNoFindings() {
        TenantSnapshot snapshot = tenant().build();
        assertThat(validate(snapshot, draft("enabled", List.of(includeGroup("g-sales", false)), List.of()))).isEmpty();
    }

    @Test
    void aGroupThatDoesNotExistIsAnError() {
        List<Finding> findings = validate(tenant().build(), draft("enabled", List.of(includeGroup("g-gone", false)), List.of()));

        assertThat(findings).first().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.sentence()).isEqualTo("The SMS policy includes group g-gone, a group that is not in the directory"
                    + " (deleted?); its members cannot be counted.");
        });
        assertThat(DraftValidator.hasErrors(findings)).isTrue();
    }

    @Test
    void anUnknownGroupIsOnlyAWarningWhenGroupsWereNotRead() {
        TenantSnapshot snapshot = tenant().source(TenantCollection.GROUPS, SourceStatus.FORBIDDEN, "GroupMember.Read.All").build();
        List<Finding> findings = validate(snapshot, draft("enabled", List.of(includeGroup("g-gone", false)), List.of()));

        assertThat(DraftValidator.hasErrors(findings)).isFalse();
    }

    @Test
    void aMissingGroupTheCurrentPolicyAlreadyNamesIsOnlyAWarningAndAnUnknownStateIsAnError() {
        TenantSnapshot snapshot = tenant().sms("enabled", List.of(includeGroup("g-sales", false), includeGroup("g-gone", false)),
                List.of()).build();
        List<Finding> findings = validate(snapshot, draft("disabled", List.of(includeGroup("g-sales", false),
                includeGroup("g-gone", false)), List.of()));
        assertThat(DraftValidator.hasErrors(findings)).isFalse();

        assertThat(validate(snapshot, draft("on", List.of(includeGroup("g-sales", false)), List.of())))
                .extracting(Finding::severity, Finding::sentence)
                .contains(org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "The state must be enabled or disabled, not \"on\"."));
    }

    @Test
    void userTargetsAreDiscouraged() {
        List<Finding> findings = validate(tenant().build(), draft("enabled",
                List.of(includeGroup("g-sales", false), new IncludeTarget(TargetType.USER, "cai", false)), List.of()));

        assertThat(findings).extracting(Finding::sentence).contains("1 target(s) name single users; Microsoft advises groups instead.");
    }

    @Test
    void allUsersWithSignInAndGuestsForSignInAreWarnedAbout() {
        List<Finding> findings = validate(tenant().build(), draft("enabled",
                List.of(includeGroup(IncludeTarget.ALL_USERS, true)), List.of()));

        assertThat(findings).extracting(Finding::sentence).contains(
                "All users may use SMS sign-in: every account can then sign in with a text message alone, guests included.",
                "1 guests are in scope for SMS sign-in, which B2B guests cannot use.");
    }

    @Test
    void unlicensedUsersNewlyInScopeAreCounted() {
        List<Finding> findings = validate(tenant().build(), draft("enabled", List.of(includeGroup("g-all", false)), List.of()));

        assertThat(findings).extracting(Finding::sentence).contains("1 users come into SMS scope without an eligible licence.");
    }

    @Test
    void anEmptyIncludeListWhileEnabledIsAnError() {
        List<Finding> findings = validate(tenant().build(), draft("enabled", List.of(), List.of()));

        assertThat(findings).extracting(Finding::severity, Finding::sentence).contains(org.assertj.core.groups.Tuple.tuple(
                Severity.ERROR, "The SMS method is enabled but includes nobody: add a group or All users, or disable it."));
        assertThat(validate(tenant().build(), draft("disabled", List.of(), List.of()))).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void exclusionsThatRemoveEveryoneAreWarnedAbout() {
        List<Finding> findings = validate(tenant().build(), draft("enabled", List.of(includeGroup("g-sales", false)),
                List.of(excludeGroup("g-guard"))));

        assertThat(findings).extracting(Finding::sentence)
                .contains("The exclusions remove every included user, so nobody gets text-message codes.");
    }
}
