package io.textmfa.licensing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SKU names and plan facts by skuId. The built-in catalogue ships with the app (the SKUs that
 * decide eligibility); Microsoft's full CSV can be imported on top of it, matched on skuId.
 */
public final class SkuCatalog {
    private static final SkuCatalog BUILT_IN = loadBuiltIn();
    private final Map<String, SkuInfo> bySkuId;
    private final String description;

    SkuCatalog(Map<String, SkuInfo> bySkuId, String description) {
        this.bySkuId = Collections.unmodifiableMap(new LinkedHashMap<>(bySkuId));
        this.description = description;
    }

    public static SkuCatalog builtIn() {
        return BUILT_IN;
    }

    public Optional<SkuInfo> find(String skuId) {
        return skuId == null ? Optional.empty() : Optional.ofNullable(bySkuId.get(skuId.toLowerCase(Locale.ROOT)));
    }

    /** The product name for display, falling back to the part number the tenant reports, then the id. */
    public String displayName(String skuId, String skuPartNumber) {
        return find(skuId).map(SkuInfo::productName).filter(name -> !name.isBlank())
                .orElse(skuPartNumber != null && !skuPartNumber.isBlank() ? skuPartNumber : skuId);
    }

    /** This catalogue with {@code imported} laid over it: imported names win, entries of both are kept. */
    public SkuCatalog withImported(SkuCatalog imported) {
        Map<String, SkuInfo> merged = new LinkedHashMap<>(bySkuId);
        merged.putAll(imported.bySkuId);
        return new SkuCatalog(merged, description + " + " + imported.description);
    }

    public Collection<SkuInfo> skus() {
        return bySkuId.values();
    }

    public int size() {
        return bySkuId.size();
    }

    /** Where the entries came from, for the UI. */
    public String description() {
        return description;
    }

    static String key(String skuId) {
        return skuId.trim().toLowerCase(Locale.ROOT);
    }

    private static SkuCatalog loadBuiltIn() {
        try (InputStream in = SkuCatalog.class.getResourceAsStream("sku-catalog.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, SkuInfo> skus = new LinkedHashMap<>();
            for (JsonNode sku : root.path("skus")) {
                SkuInfo info = new SkuInfo(key(sku.path("skuId").asText()), sku.path("skuPartNumber").asText(),
                        sku.path("productName").asText(), sku.path("entraIdP1").asBoolean(),
                        sku.path("entraIdP2").asBoolean(), sku.path("source").asText());
                skus.put(info.skuId(), info);
            }
            return new SkuCatalog(skus, "built-in catalogue (" + skus.size() + " SKUs)");
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in SKU catalogue cannot be read", e);
        }
    }
}
