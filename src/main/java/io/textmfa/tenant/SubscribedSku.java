package io.textmfa.tenant;

import java.util.List;
import java.util.Objects;

/**
 * A licence subscription the tenant holds (Graph {@code subscribedSku}). {@code capabilityStatus}
 * is Graph's text: Enabled, Warning, Suspended, Deleted or LockedOut.
 */
public record SubscribedSku(String skuId, String skuPartNumber, String capabilityStatus, int consumedUnits,
                            PrepaidUnits prepaidUnits, List<ServicePlan> servicePlans) {
    public SubscribedSku {
        Objects.requireNonNull(skuId, "skuId");
        prepaidUnits = prepaidUnits == null ? PrepaidUnits.NONE : prepaidUnits;
        servicePlans = servicePlans == null ? List.of() : List.copyOf(servicePlans);
    }

    /** True when the plan with this id is part of the SKU. */
    public boolean hasServicePlan(String servicePlanId) {
        for (ServicePlan plan : servicePlans) {
            if (plan.servicePlanId().equalsIgnoreCase(servicePlanId)) {
                return true;
            }
        }
        return false;
    }
}
