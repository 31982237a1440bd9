package io.textmfa.tenant;

/** One service plan inside a subscribed SKU, as Graph's {@code servicePlanInfo}. */
public record ServicePlan(String servicePlanId, String servicePlanName, String provisioningStatus, String appliesTo) {
}
