package io.textmfa.licensing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The licensing CSV importer keys every SKU by GUID, whatever the padding, case, BOM or quoting. */
class SkuCatalogCsvProperties {
    record Row(UUID sku, String partNumber, String product, boolean p1, String padding, boolean upperCase) {
    }

    @Property(tries = 200)
    void everyGuidBecomesOneTrimmedEntry(@ForAll("rows") List<Row> rows, @ForAll boolean bom) throws IOException {
        StringBuilder csv = new StringBuilder(bom ? "\uFEFF" : "");
        csv.append("Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n");
        for (Row row : rows) {
            String guid = row.upperCase() ? row.sku().toString().toUpperCase() : row.sku().toString();
            String plan = row.p1() ? ServicePlans.ENTRA_ID_P1 : "113feb6c-3fe4-4440-bddc-54d774bf0318";
            csv.append('"').append(row.product().replace("\"", "\"\"")).append("\",")
                    .append(row.partNumber()).append(row.padding()).append(',')
                    .append(guid).append(",PLAN,").append(plan).append(",Friendly\n");
        }

        SkuCatalog catalog = SkuCatalogCsv.read(new StringReader(csv.toString()), "p.csv");

        Set<UUID> guids = rows.stream().map(Row::sku).collect(Collectors.toSet());
        assertThat(catalog.size()).isEqualTo(guids.size());
        for (Row row : rows) {
            SkuInfo info = catalog.find(row.sku().toString()).orElseThrow();
            assertThat(info.skuPartNumber()).doesNotEndWith(" ");
            boolean anyP1 = rows.stream().anyMatch(r -> r.sku().equals(row.sku()) && r.p1());
            assertThat(info.entraIdP1()).isEqualTo(anyP1);
        }
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<UUID> skus = Arbitraries.of(UUID.fromString("05e9a617-0261-4cee-bb44-138d3ef5d965"),
                UUID.fromString("66b55226-6b4f-492c-910c-a3b7a3c9d993"), UUID.fromString("cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46"),
                UUID.fromString("d2dea78b-507c-4e56-b400-39447f4738f8"));
        Arbitrary<String> partNumbers = Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMinLength(2).ofMaxLength(12);
        Arbitrary<String> products = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(20)
                .filter(s -> !s.isBlank());
        Arbitrary<String> padding = Arbitraries.of("", " ", "   ");
        return Combinators.combine(skus, partNumbers, products, Arbitraries.of(true, false), padding, Arbitraries.of(true, false))
                .as(Row::new).list().ofMinSize(1).ofMaxSize(12);
    }
}
