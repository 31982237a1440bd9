package io.textmfa.policy.draft;

import io.textmfa.tenant.AuthenticationMethodsPolicy;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.Tenant;
import io.textmfa.tenant.TenantSnapshot;

/**
 * Offline "apply": the same tenant with the draft as its SMS configuration, named as a simulation, so
 * what-ifs can be chained on a snapshot or the demo tenant without touching any live tenant.
 */
public final class SimulatedApply {
    public static final String MARK = " (simulated policy)";

    private SimulatedApply() {
    }

    public static TenantSnapshot apply(TenantSnapshot snapshot, SmsMethodConfiguration draft) {
        AuthenticationMethodsPolicy policy = snapshot.authenticationMethodsPolicy();
        AuthenticationMethodsPolicy applied = new AuthenticationMethodsPolicy(
                policy == null ? null : policy.policyMigrationState(), draft, policy == null ? null : policy.otherMethods());
        Tenant tenant = snapshot.tenant();
        String name = tenant.displayName().endsWith(MARK) ? tenant.displayName() : tenant.displayName() + MARK;
        return new TenantSnapshot(snapshot.capturedAt(), snapshot.source(), new Tenant(tenant.id(), name, tenant.defaultDomain()),
                snapshot.subscribedSkus(), snapshot.users(), snapshot.groups(), snapshot.phoneMethods(),
                snapshot.userRegistrationDetails(), applied, snapshot.sources());
    }
}
