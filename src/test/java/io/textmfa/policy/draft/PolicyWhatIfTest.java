package io.textmfa.policy.draft;

import io.textmfa.licensing.Rulesets;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.TenantFixture;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;
import io.textmfa.tenant.UserRegistrationDetails;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.textmfa.tenant.TenantFixture.P1;
import static io.textmfa.tenant.TenantFixture.SPE_E3;
import static io.textmfa.tenant.TenantFixture.excludeGroup;
import static io.textmfa.tenant.TenantFixture.includeGroup;
import static org.assertj.core.api.Assertions.assertThat;

class PolicyWhatIfTest {
    private static TenantSnapshot tenant() {
        TenantSnapshot base = new TenantFixture().user("ana", SPE_E3).user("ben").user("cai", SPE_E3)
                .user(new User("dee", "Dee", "dee@f", true, "Member", "IN", null, null, List.of()))
                .group("g-sales", "Sales", "ana", "ben").group("g-field", "Field", "cai", "dee")
                .sku(SPE_E3, "SPE_E3", "Enabled", P1)
                .sms("enabled", List.of(includeGroup("g-sales", true)), List.of()).build();
        List<UserRegistrationDetails> registrations = List.of(
                new UserRegistrationDetails("ben", "ben@f", false, true, List.of("mobilePhone"), "sms"),
                new UserRegistrationDetails("ana", "ana@f", false, true, List.of("mobilePhone", "fido2"), "push"));
        return new TenantSnapshot(base.capturedAt(), base.source(), base.tenant(), base.subscribedSkus(), base.users(),
                base.groups(), base.phoneMethods(), registrations, base.authenticationMethodsPolicy(), base.sources());
    }

    @Test
    void comparesTheDraftWithTheCurrentConfiguration() {
        TenantSnapshot snapshot = tenant();
        SmsMethodConfiguration draft = new SmsMethodConfiguration("Sms", "enabled",
                List.of(includeGroup("g-field", false), includeGroup("g-sales", false)), List.of(excludeGroup("g-sales")));

        WhatIf whatIf = PolicyWhatIf.compare(snapshot, snapshot.authenticationMethodsPolicy().sms(), draft, Rulesets.textMfa());

        assertThat(whatIf.gainMfa().userIds()).containsExactly("cai", "dee");
        assertThat(whatIf.loseMfa().userIds()).containsExactly("ana", "ben");
        assertThat(whatIf.gainSignIn().userIds()).isEmpty();
        assertThat(whatIf.loseSignIn().userIds()).containsExactly("ana", "ben");
        assertThat(whatIf.unlicensedNewlyInScope().userIds()).containsExactly("dee");
        assertThat(whatIf.phoneOnlyLosingMethod().userIds()).containsExactly("ben");
        assertThat(whatIf.gainMfa().byCountry()).isEqualTo(Map.of("IN", 1, "NZ", 1));
        assertThat(whatIf.isEmpty()).isFalse();
    }

    @Test
    void theSameConfigurationChangesNothing() {
        TenantSnapshot snapshot = tenant();
        SmsMethodConfiguration same = snapshot.authenticationMethodsPolicy().sms();

        WhatIf whatIf = PolicyWhatIf.compare(snapshot, same, same, Rulesets.textMfa());

        assertThat(whatIf.isEmpty()).isTrue();
        assertThat(PolicyDiff.lines(same, same, Map.of())).isEmpty();
    }

    @Test
    void theDiffIsReadable() {
        SmsMethodConfiguration before = tenant().authenticationMethodsPolicy().sms();
        SmsMethodConfiguration after = new SmsMethodConfiguration("Sms", "disabled",
                List.of(includeGroup("g-sales", false), includeGroup(IncludeTarget.ALL_USERS, false)),
                List.of(excludeGroup("g-field")));

        assertThat(PolicyDiff.lines(before, after, Map.of("g-sales", "Sales", "g-field", "Field"))).containsExactly(
                "State: enabled → disabled",
                "~ include group Sales (g-sales): SMS sign-in on → off",
                "+ include All users",
                "+ exclude group Field (g-field)");
    }
}
