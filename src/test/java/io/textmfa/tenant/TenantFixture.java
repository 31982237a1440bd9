package io.textmfa.tenant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small, readable snapshots for engine tests. */
public final class TenantFixture {
    public static final String P1 = "41781fb2-bc02-4b7c-bd55-b576c07bb09d";
    public static final String P2 = "eec0eb4f-6444-4f95-aba0-50c24d67f998";
    public static final String SPE_E3 = "05e9a617-0261-4cee-bb44-138d3ef5d965";
    public static final String SPE_F1 = "66b55226-6b4f-492c-910c-a3b7a3c9d993";
    public static final String M365_F1_COMM = "50f60901-3181-4b75-8a2c-4c8e4c1d5a72";
    public static final String DESKLESSPACK = "4b585984-651b-448a-9e53-3b10f069cf7f";
    public static final String ENTERPRISEPACK = "6fd2c87f-b296-42f0-b197-1e91e994b900";
    public static final String ENTERPRISEPREMIUM = "c7df2760-2c81-4ef7-b578-5b5392b571df";
    public static final String AAD_PREMIUM = "078d2b04-f1bd-4111-bbd4-b4b1b354cef4";
    public static final String AAD_PREMIUM_P2 = "84a661c4-e949-4bd2-a560-ed7766fcaf2b";
    public static final String EMS = "efccb6f7-5641-4e0e-bd10-b4976e1bf68e";
    public static final String SPB = "cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46";

    private final List<SubscribedSku> skus = new ArrayList<>();
    private final List<User> users = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final Map<TenantCollection, SourceState> sources = new EnumMap<>(TenantCollection.class);
    private SmsMethodConfiguration sms;

    public TenantFixture() {
        for (TenantCollection collection : TenantCollection.values()) {
            sources.put(collection, SourceState.COMPLETE);
        }
    }

    public TenantFixture sku(String skuId, String partNumber, String status, String... planIds) {
        List<ServicePlan> plans = new ArrayList<>();
        plans.add(new ServicePlan("efb87545-963c-4e0d-99df-69c6916d9eb0", "EXCHANGE_S_ENTERPRISE", "Success", "User"));
        for (String plan : planIds) {
            plans.add(new ServicePlan(plan, plan.equals(P1) ? "AAD_PREMIUM" : "AAD_PREMIUM_P2", "Success", "User"));
        }
        int consumed = (int) users.stream().flatMap(u -> u.assignedLicenses().stream()).filter(l -> l.skuId().equals(skuId)).count();
        skus.add(new SubscribedSku(skuId, partNumber, status, consumed, new PrepaidUnits(10, 0, 0, 0), plans));
        return this;
    }

    /** A member in New Zealand holding these SKUs. */
    public TenantFixture user(String id, String... skuIds) {
        List<AssignedLicense> licenses = new ArrayList<>();
        for (String sku : skuIds) {
            licenses.add(new AssignedLicense(sku, List.of()));
        }
        return user(new User(id, id, id + "@fabrikam.com", true, "Member", "NZ", "New Zealand", null, licenses));
    }

    public TenantFixture user(User user) {
        users.add(user);
        return this;
    }

    public TenantFixture group(String id, String name, String... members) {
        groups.add(new Group(id, name, List.of(members)));
        return this;
    }

    public TenantFixture sms(String state, List<IncludeTarget> includes, List<ExcludeTarget> excludes) {
        sms = new SmsMethodConfiguration("Sms", state, includes, excludes);
        return this;
    }

    public TenantFixture source(TenantCollection collection, SourceStatus status, String detail) {
        sources.put(collection, new SourceState(status, detail));
        return this;
    }

    public TenantSnapshot build() {
        return new TenantSnapshot(Instant.parse("2026-12-01T09:00:00Z"), SnapshotSource.FILE,
                new Tenant("t", "Fabrikam", "fabrikam.onmicrosoft.com"), skus, users, groups, new LinkedHashMap<>(),
                List.of(), sms == null ? null : new AuthenticationMethodsPolicy("migrationComplete", sms, List.of()), sources);
    }

    public static IncludeTarget includeGroup(String id, boolean signIn) {
        return new IncludeTarget(TargetType.GROUP, id, signIn);
    }

    public static ExcludeTarget excludeGroup(String id) {
        return new ExcludeTarget(TargetType.GROUP, id);
    }
}
