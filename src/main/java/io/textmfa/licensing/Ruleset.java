package io.textmfa.licensing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A licence requirement: the products that qualify by skuId, and the service plans that qualify
 * any other SKU "via bundle" while they are assigned and not disabled.
 */
public record Ruleset(String id, String name, String description, String source, List<LicenseRule> rules,
                      Set<String> bundlePlanIds, String bundleSource) {
    public Ruleset {
        rules = List.copyOf(rules);
        bundlePlanIds = bundlePlanIds.stream().map(SkuCatalog::key).collect(Collectors.toUnmodifiableSet());
    }

    /** The rule that names this skuId, if any. */
    public Optional<LicenseRule> ruleFor(String skuId) {
        return Optional.ofNullable(rulesBySkuId().get(SkuCatalog.key(skuId)));
    }

    /** Rules by skuId, for engines that look many up. */
    public Map<String, LicenseRule> rulesBySkuId() {
        Map<String, LicenseRule> bySku = new HashMap<>();
        for (LicenseRule rule : rules) {
            for (String skuId : rule.skuIds()) {
                bySku.putIfAbsent(skuId, rule);
            }
        }
        return bySku;
    }
}
