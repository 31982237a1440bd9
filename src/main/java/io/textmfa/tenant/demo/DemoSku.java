package io.textmfa.tenant.demo;

import io.textmfa.tenant.ServicePlan;

import java.util.List;

/** A real Microsoft SKU as the demo tenant subscribes to it: ids from Microsoft's licensing CSV. */
record DemoSku(String skuId, String partNumber, String capabilityStatus, List<ServicePlan> plans) {
}
