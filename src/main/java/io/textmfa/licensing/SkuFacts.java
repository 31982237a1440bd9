package io.textmfa.licensing;

import io.textmfa.tenant.ServicePlan;
import io.textmfa.tenant.SubscribedSku;
import io.textmfa.tenant.TenantSnapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the audit needs to know of each SKU a tenant holds, looked up once: names, subscription
 * status and which Entra ID plans it carries (from the tenant's own service plans, else the
 * catalogue). Lookups accept the skuId as the snapshot spells it.
 */
final class SkuFacts {
    /** One SKU. {@code entraPlans} are the Entra ID P1/P2 plan ids it carries. */
    record Fact(String skuId, String partNumber, String displayName, String capabilityStatus, List<String> entraPlans) {
    }

    private final SkuCatalog catalog;
    private final Map<String, Fact> byKey = new HashMap<>();
    private final Map<String, Fact> byRawId = new HashMap<>();

    private SkuFacts(SkuCatalog catalog) {
        this.catalog = catalog;
    }

    static SkuFacts of(TenantSnapshot snapshot, SkuCatalog catalog) {
        SkuFacts facts = new SkuFacts(catalog);
        for (SubscribedSku sku : snapshot.subscribedSkus()) {
            List<String> plans = new ArrayList<>(2);
            for (ServicePlan plan : sku.servicePlans()) {
                String id = SkuCatalog.key(plan.servicePlanId());
                if (ServicePlans.ENTRA_ID.contains(id)) {
                    plans.add(id);
                }
            }
            if (sku.servicePlans().isEmpty()) {
                plans.addAll(catalogPlans(catalog, sku.skuId()));
            }
            String key = SkuCatalog.key(sku.skuId());
            facts.byKey.put(key, new Fact(key, sku.skuPartNumber(), catalog.displayName(sku.skuId(), sku.skuPartNumber()),
                    sku.capabilityStatus(), List.copyOf(plans)));
        }
        return facts;
    }

    /** The SKU with this id; a SKU assigned but not subscribed is described from the catalogue. */
    Fact get(String rawSkuId) {
        Fact fact = byRawId.get(rawSkuId);
        if (fact == null) {
            String key = SkuCatalog.key(rawSkuId);
            fact = byKey.computeIfAbsent(key, k -> {
                SkuInfo info = catalog.find(k).orElse(null);
                return new Fact(k, info == null ? null : info.skuPartNumber(), catalog.displayName(k, null), null,
                        catalogPlans(catalog, k));
            });
            byRawId.put(rawSkuId, fact);
        }
        return fact;
    }

    private static List<String> catalogPlans(SkuCatalog catalog, String skuId) {
        return catalog.find(skuId).map(info -> {
            List<String> plans = new ArrayList<>(2);
            if (info.entraIdP1()) {
                plans.add(ServicePlans.ENTRA_ID_P1);
            }
            if (info.entraIdP2()) {
                plans.add(ServicePlans.ENTRA_ID_P2);
            }
            return List.copyOf(plans);
        }).orElse(List.of());
    }
}
