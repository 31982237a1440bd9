package io.textmfa.licensing;

import java.util.List;

/** One product a ruleset accepts, by the skuIds that sell it, with the source of the rule. */
public record LicenseRule(String product, List<String> skuIds, String source) {
    public LicenseRule {
        skuIds = skuIds.stream().map(SkuCatalog::key).toList();
    }
}
