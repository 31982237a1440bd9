package io.textmfa.tenant;

import java.util.List;
import java.util.Objects;

/** A licence assigned to a user, with the service plans switched off in that assignment. */
public record AssignedLicense(String skuId, List<String> disabledPlans) {
    public AssignedLicense {
        Objects.requireNonNull(skuId, "skuId");
        disabledPlans = disabledPlans == null ? List.of() : List.copyOf(disabledPlans);
    }

    public boolean isPlanDisabled(String servicePlanId) {
        for (String plan : disabledPlans) {
            if (plan.equalsIgnoreCase(servicePlanId)) {
                return true;
            }
        }
        return false;
    }
}
