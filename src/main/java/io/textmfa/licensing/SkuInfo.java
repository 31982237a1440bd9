package io.textmfa.licensing;

/** What the catalogue knows of a SKU: its names and whether it holds the Entra ID P1 / P2 service plans. */
public record SkuInfo(String skuId, String skuPartNumber, String productName, boolean entraIdP1, boolean entraIdP2,
                      String source) {
    /** "Microsoft 365 E3 (SPE_E3)", or the part number alone when the product name is unknown. */
    public String label() {
        if (productName == null || productName.isBlank()) {
            return skuPartNumber;
        }
        return productName + " (" + skuPartNumber + ")";
    }
}
