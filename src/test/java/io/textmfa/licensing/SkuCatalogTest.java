package io.textmfa.licensing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkuCatalogTest {
    private static final Path MICROSOFT_CSV = io.textmfa.SharedData.MICROSOFT_LICENSING_CSV;

    @TempDir
    Path folder;

    @Test
    void theBuiltInCatalogueGetsThePitfallsRight() {
        SkuCatalog catalog = SkuCatalog.builtIn();

        assertThat(catalog.displayName("66b55226-6b4f-492c-910c-a3b7a3c9d993", "SPE_F1")).isEqualTo("Microsoft 365 F3");
        assertThat(catalog.displayName("44575883-256E-4A79-9DA4-EBE9ACABE2B2", "M365_F1")).isEqualTo("Microsoft 365 F1");
        assertThat(catalog.find("6fd2c87f-b296-42f0-b197-1e91e994b900")).get().extracting(SkuInfo::entraIdP1).isEqualTo(false);
        assertThat(catalog.find("cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46")).get().extracting(SkuInfo::entraIdP1).isEqualTo(true);
        assertThat(catalog.skus()).allMatch(s -> s.source() != null && !s.source().isBlank());
    }

    @Test
    void unknownSkusFallBackToTheirPartNumber() {
        assertThat(SkuCatalog.builtIn().displayName("00000000-0000-4000-8000-000000000000", "CONTOSO_SPECIAL"))
                .isEqualTo("CONTOSO_SPECIAL");
        assertThat(SkuCatalog.builtIn().displayName("00000000-0000-4000-8000-000000000000", null))
                .isEqualTo("00000000-0000-4000-8000-000000000000");
    }

    @Test
    void importsMicrosoftsRealCsv() throws IOException {
        SkuCatalog imported = SkuCatalogCsv.read(MICROSOFT_CSV);

        assertThat(imported.size()).isEqualTo(569);
        assertThat(imported.find("d2dea78b-507c-4e56-b400-39447f4738f8")).get().extracting(SkuInfo::productName)
                .as("the byte-order mark does not eat the first column").isEqualTo("AI Builder Capacity add-on");
        assertThat(imported.find("de597797-22fb-4d65-a9fe-b7dbe8893914")).get().extracting(SkuInfo::skuPartNumber)
                .as("trailing spaces in String_Id are trimmed").isEqualTo("AAD_PREMIUM_USGOV_GCCHIGH");
        assertThat(imported.find("66b55226-6b4f-492c-910c-a3b7a3c9d993")).get().satisfies(sku -> {
            assertThat(sku.productName()).isEqualTo("Microsoft 365 F3");
            assertThat(sku.entraIdP1()).isTrue();
        });
        assertThat(imported.find("6fd2c87f-b296-42f0-b197-1e91e994b900")).get().extracting(SkuInfo::entraIdP1).isEqualTo(false);
        assertThat(imported.find("06ebc4ee-1bb5-47dd-8120-11324bc54e06")).get().extracting(SkuInfo::entraIdP2).isEqualTo(true);
    }

    @Test
    void anImportedCatalogueRenamesByGuidAndKeepsBuiltInEntries() throws IOException {
        String csv = "\uFEFFProduct_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n"
                + "Microsoft 365 E3 (renamed),SPE_E3   ,05E9A617-0261-4CEE-BB44-138D3EF5D965,AAD_PREMIUM,41781fb2-bc02-4b7c-bd55-b576c07bb09d,Entra\n";
        SkuCatalog merged = SkuCatalog.builtIn().withImported(SkuCatalogCsv.read(new StringReader(csv), "x.csv"));

        assertThat(merged.displayName("05e9a617-0261-4cee-bb44-138d3ef5d965", "SPE_E3")).isEqualTo("Microsoft 365 E3 (renamed)");
        assertThat(merged.displayName("66b55226-6b4f-492c-910c-a3b7a3c9d993", null)).isEqualTo("Microsoft 365 F3");
        assertThat(merged.size()).isEqualTo(SkuCatalog.builtIn().size());
    }

    @Test
    void aFileThatIsNotTheLicensingCsvIsRefusedClearly() throws IOException {
        Path other = Files.writeString(folder.resolve("users.csv"), "name,upn\nAna,ana@x\n");
        assertThatThrownBy(() -> SkuCatalogCsv.read(other))
                .isInstanceOf(LicensingDataException.class)
                .hasMessage("users.csv: not Microsoft's licensing CSV; the column Product_Display_Name is missing.");
        assertThatThrownBy(() -> SkuCatalogCsv.read(folder.resolve("gone.csv")))
                .hasMessageStartingWith("gone.csv: the licensing CSV does not exist");
        Path headerOnly = Files.writeString(folder.resolve("header.csv"), "Product_Display_Name,String_Id,GUID,Service_Plan_Id\n");
        assertThatThrownBy(() -> SkuCatalogCsv.read(headerOnly)).hasMessage("header.csv: the licensing CSV holds no SKU rows.");
        Path empty = Files.writeString(folder.resolve("empty.csv"), "");
        assertThatThrownBy(() -> SkuCatalogCsv.read(empty)).hasMessage("empty.csv: the file is empty; it is not Microsoft's licensing CSV.");
        Path wrongHeader = Files.writeString(folder.resolve("wrong.csv"), "Name,GUID\n");
        assertThatThrownBy(() -> SkuCatalogCsv.read(wrongHeader))
                .hasMessage("wrong.csv: not Microsoft's licensing CSV; the column Product_Display_Name is missing.");
    }
}
