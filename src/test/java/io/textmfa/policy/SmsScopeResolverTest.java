package io.textmfa.policy;

import io.textmfa.tenant.ExcludeTarget;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.SourceStatus;
import io.textmfa.tenant.TargetType;
import io.textmfa.tenant.TenantCollection;
import io.textmfa.tenant.TenantFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.textmfa.tenant.TenantFixture.excludeGroup;
import static io.textmfa.tenant.TenantFixture.includeGroup;
import static org.assertj.core.api.Assertions.assertThat;

class SmsScopeResolverTest {
    private TenantFixture tenant() {
        return new TenantFixture().user("ana").user("ben").user("cai").user("dee")
                .group("g-sales", "Sales-IN", "ana", "ben")
                .group("g-sales-nested", "Sales-IN Field (nested in Sales-IN)", "ben")
                .group("g-breakglass", "Break-glass", "dee");
    }

    @Test
    void allUsersIncludesEveryone() {
        SmsScope scope = SmsScopeResolver.resolve(tenant().sms("enabled",
                List.of(includeGroup(IncludeTarget.ALL_USERS, false)), List.of()).build());

        assertThat(scope.users()).containsExactlyInAnyOrder("ana", "ben", "cai", "dee");
        assertThat(scope.signInUsers()).isEmpty();
        assertThat(scope.via("cai")).hasValue("all users");
    }

    @Test
    void groupsIncludeTheirTransitiveMembersAndSignInFollowsTheTarget() {
        SmsScope scope = SmsScopeResolver.resolve(tenant().sms("enabled",
                List.of(includeGroup("g-sales", false), includeGroup("g-sales-nested", true)), List.of()).build());

        assertThat(scope.users()).containsExactlyInAnyOrder("ana", "ben");
        assertThat(scope.signInUsers()).containsExactly("ben");
        assertThat(scope.via("ana")).hasValue("group Sales-IN");
        assertThat(scope.unresolvedTargets()).isEmpty();
    }

    @Test
    void exclusionWinsOverInclusion() {
        SmsScope scope = SmsScopeResolver.resolve(tenant().sms("enabled",
                List.of(includeGroup(IncludeTarget.ALL_USERS, true)), List.of(excludeGroup("g-breakglass"),
                        new ExcludeTarget(TargetType.USER, "ana"))).build());

        assertThat(scope.users()).containsExactlyInAnyOrder("ben", "cai");
        assertThat(scope.signInUsers()).containsExactlyInAnyOrder("ben", "cai");
        assertThat(scope.via("dee")).isEmpty();
    }

    @Test
    void aDeletedGroupIsReportedNotIgnored() {
        SmsScope scope = SmsScopeResolver.resolve(tenant().sms("enabled",
                List.of(includeGroup("g-sales", false), includeGroup("g-gone", false)), List.of(excludeGroup("g-old"))).build());

        assertThat(scope.users()).containsExactlyInAnyOrder("ana", "ben");
        assertThat(scope.unresolvedTargets()).extracting(UnresolvedTarget::sentence).containsExactly(
                "The SMS policy includes group g-gone, a group that is not in the directory (deleted?); its members cannot be counted.",
                "The SMS policy excludes group g-old, a group that is not in the directory (deleted?); its members cannot be counted.");
    }

    @Test
    void groupsThatWereNotReadAreReportedAsSuch() {
        SmsScope scope = SmsScopeResolver.resolve(tenant().source(TenantCollection.GROUPS, SourceStatus.FORBIDDEN, "GroupMember.Read.All")
                .sms("enabled", List.of(includeGroup("g-unknown", false)), List.of()).build());

        assertThat(scope.unresolvedTargets()).singleElement().extracting(UnresolvedTarget::reason).asString()
                .contains("groups were not read completely");
    }

    @Test
    void userTargetsIncludeOneUserAndUnknownUsersAreReported() {
        SmsScope scope = SmsScopeResolver.resolve(tenant().sms("enabled",
                List.of(new IncludeTarget(TargetType.USER, "cai", true), new IncludeTarget(TargetType.USER, "zed", false)),
                List.of()).build());

        assertThat(scope.users()).containsExactly("cai");
        assertThat(scope.via("cai")).hasValue("a direct user target");
        assertThat(scope.unresolvedTargets()).singleElement().extracting(UnresolvedTarget::id).isEqualTo("zed");
    }

    @Test
    void aDisabledMethodEnablesNobodyButStillReportsBrokenTargets() {
        SmsScope scope = SmsScopeResolver.resolve(tenant().sms("disabled",
                List.of(includeGroup(IncludeTarget.ALL_USERS, true), includeGroup("g-gone", false)), List.of()).build());

        assertThat(scope.enabled()).isFalse();
        assertThat(scope.users()).isEmpty();
        assertThat(scope.signInUsers()).isEmpty();
        assertThat(scope.unresolvedTargets()).hasSize(1);
    }

    @Test
    void noSmsConfigurationMeansNoScope() {
        SmsScope scope = SmsScopeResolver.resolve(tenant().build());

        assertThat(scope.policyPresent()).isFalse();
        assertThat(scope.users()).isEmpty();
    }
}
