package io.textmfa.tenant.demo;

import io.textmfa.tenant.AssignedLicense;
import io.textmfa.tenant.PrepaidUnits;
import io.textmfa.tenant.SubscribedSku;
import io.textmfa.tenant.User;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo tenant's subscriptions, with prepaid and consumed units that match the assignments:
 * consumed is what users hold, prepaid is bought in round numbers with some seats spare. The
 * Entra ID P2 subscription is suspended and EMS E3 is in its warning (grace) period.
 */
final class DemoSkuCounts {
    private DemoSkuCounts() {
    }

    static List<SubscribedSku> subscribedSkus(List<User> users, SplittableRandom random) {
        Map<String, Integer> consumed = new HashMap<>();
        for (User user : users) {
            for (AssignedLicense license : user.assignedLicenses()) {
                consumed.merge(license.skuId(), 1, Integer::sum);
            }
        }
        List<SubscribedSku> skus = new ArrayList<>();
        for (DemoSku sku : DemoCatalog.ALL) {
            int used = consumed.getOrDefault(sku.skuId(), 0);
            int bought = roundUp(used + used / 10 + 1 + random.nextInt(5));
            PrepaidUnits prepaid = switch (sku.capabilityStatus()) {
                case "Suspended" -> new PrepaidUnits(0, bought, 0, 0);
                case "Warning" -> new PrepaidUnits(0, 0, bought, 0);
                default -> new PrepaidUnits(sku == DemoCatalog.FLOW_FREE ? 10000 : bought, 0, 0, 0);
            };
            skus.add(new SubscribedSku(sku.skuId(), sku.partNumber(), sku.capabilityStatus(), used, prepaid, sku.plans()));
        }
        return skus;
    }

    private static int roundUp(int units) {
        int step = units > 200 ? 50 : units > 20 ? 10 : 5;
        return (units + step - 1) / step * step;
    }
}
