package io.textmfa.graph.mock;

import io.textmfa.tenant.AssignedLicense;
import io.textmfa.tenant.AuthenticationMethodsPolicy;
import io.textmfa.tenant.ExcludeTarget;
import io.textmfa.tenant.Group;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.MethodConfiguration;
import io.textmfa.tenant.PhoneMethod;
import io.textmfa.tenant.PhoneType;
import io.textmfa.tenant.PrepaidUnits;
import io.textmfa.tenant.ServicePlan;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.SnapshotSource;
import io.textmfa.tenant.SubscribedSku;
import io.textmfa.tenant.TargetType;
import io.textmfa.tenant.Tenant;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;
import io.textmfa.tenant.UserRegistrationDetails;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small readable tenant for the mock's tests: {@code n} users {@code user-0000...}, every second
 * one with a mobile phone method, registration details for all, the group "Staff" (everyone),
 * "Frontline" (the first 30) and an SMS policy that includes Staff and a deleted group and
 * excludes Frontline.
 */
final class MockTenant {
    static final String STAFF = "0b6a1c2e-0000-4000-8000-000000000001";
    static final String FRONTLINE = "0b6a1c2e-0000-4000-8000-000000000002";
    static final String DELETED = "0b6a1c2e-0000-4000-8000-00000000dead";
    static final String SPE_E3 = "05e9a617-0261-4cee-bb44-138d3ef5d965";
    static final String P1 = "41781fb2-bc02-4b7c-bd55-b576c07bb09d";

    private MockTenant() {
    }

    static String userId(int i) {
        return String.format("user-%04d", i);
    }

    static TenantSnapshot of(int n) {
        List<User> users = new ArrayList<>();
        Map<String, List<PhoneMethod>> phones = new LinkedHashMap<>();
        List<UserRegistrationDetails> registrations = new ArrayList<>();
        List<String> everyone = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = userId(i);
            String upn = id + "@fabrikam.com";
            users.add(new User(id, "User " + i, upn, i % 10 != 9, "Member", "NZ", "New Zealand",
                    "021 000 " + i, List.of(new AssignedLicense(SPE_E3, List.of()))));
            boolean phone = i % 2 == 0;
            if (phone) {
                phones.put(id, List.of(new PhoneMethod(null, "+64 21000" + i, PhoneType.MOBILE, "notEnabled")));
            }
            registrations.add(new UserRegistrationDetails(id, upn, i == 0, true,
                    List.of(phone ? "mobilePhone" : "microsoftAuthenticatorPush"), phone ? "sms" : "push"));
            everyone.add(id);
        }
        List<Group> groups = List.of(new Group(STAFF, "Staff", everyone),
                new Group(FRONTLINE, "Frontline", everyone.subList(0, Math.min(30, n))));
        SubscribedSku sku = new SubscribedSku(SPE_E3, "SPE_E3", "Enabled", n, new PrepaidUnits(n + 10, 0, 0, 0),
                List.of(new ServicePlan(P1, "AAD_PREMIUM", "Success", "User")));
        SmsMethodConfiguration sms = new SmsMethodConfiguration("Sms", "enabled",
                List.of(new IncludeTarget(TargetType.GROUP, STAFF, false), new IncludeTarget(TargetType.GROUP, DELETED, true)),
                List.of(new ExcludeTarget(TargetType.GROUP, FRONTLINE)));
        AuthenticationMethodsPolicy policy = new AuthenticationMethodsPolicy("migrationComplete", sms, List.of(
                new MethodConfiguration("#microsoft.graph.fido2AuthenticationMethodConfiguration", "Fido2", "enabled"),
                new MethodConfiguration("#microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration",
                        "MicrosoftAuthenticator", "enabled"),
                new MethodConfiguration("#microsoft.graph.voiceAuthenticationMethodConfiguration", "Voice", "disabled")));
        return new TenantSnapshot(Instant.parse("2026-12-01T09:00:00Z"), SnapshotSource.FILE,
                new Tenant("9c1f0000-0000-4000-8000-00000000beef", "Fabrikam", "fabrikam.onmicrosoft.com"),
                List.of(sku), users, groups, phones, registrations, policy, Map.of());
    }
}
