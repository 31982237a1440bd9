package io.textmfa.licensing;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports Microsoft's "Product names and service plan identifiers for licensing" CSV: one row per
 * SKU and service plan. Handles the UTF-8 byte-order mark and trailing spaces in String_Id, and
 * keys every SKU by its GUID, so renamed products still match the tenant's skuIds.
 */
public final class SkuCatalogCsv {
    private static final List<String> REQUIRED = List.of("Product_Display_Name", "String_Id", "GUID", "Service_Plan_Id");

    private SkuCatalogCsv() {
    }

    public static SkuCatalog read(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, name);
        } catch (NoSuchFileException e) {
            throw new LicensingDataException(name + ": the licensing CSV does not exist (" + file.toAbsolutePath() + ").", e);
        } catch (CharacterCodingException e) {
            throw new LicensingDataException(name + ": the licensing CSV is not UTF-8 text.", e);
        }
    }

    static SkuCatalog read(Reader in, String name) throws IOException {
        BufferedReader reader = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        reader.mark(64 * 1024);
        String header = reader.readLine();
        if (header == null || header.isBlank()) {
            throw new LicensingDataException(name + ": the file is empty; it is not Microsoft's licensing CSV.");
        }
        for (String column : REQUIRED) {
            if (!java.util.Arrays.asList(header.split(",")).stream().map(String::strip).toList().contains(column)) {
                throw new LicensingDataException(name + ": not Microsoft's licensing CSV; the column " + column + " is missing.");
            }
        }
        reader.reset();
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        Map<String, Builder> skus = new LinkedHashMap<>();
        int row = 1;
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema).readValues(reader)) {
            while (rows.hasNext()) {
                Map<String, String> values = rows.next();
                row++;
                String guid = trim(values.get("GUID"));
                if (guid.isEmpty()) {
                    continue;
                }
                Builder sku = skus.computeIfAbsent(SkuCatalog.key(guid), id -> new Builder(id, trim(values.get("String_Id")),
                        trim(values.get("Product_Display_Name"))));
                String plan = trim(values.get("Service_Plan_Id")).toLowerCase(java.util.Locale.ROOT);
                sku.p1 |= ServicePlans.ENTRA_ID_P1.equals(plan);
                sku.p2 |= ServicePlans.ENTRA_ID_P2.equals(plan);
            }
        } catch (RuntimeJsonMappingException e) {
            throw new LicensingDataException(name + ": row " + row + " of the licensing CSV cannot be read ("
                    + e.getMessage() + ").", e);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new LicensingDataException(name + ": row " + row + " of the licensing CSV cannot be read ("
                    + e.getOriginalMessage() + ").", e);
        }
        if (skus.isEmpty()) {
            throw new LicensingDataException(name + ": the licensing CSV holds no SKU rows.");
        }
        Map<String, SkuInfo> infos = new LinkedHashMap<>();
        skus.forEach((id, b) -> infos.put(id, new SkuInfo(id, b.partNumber, b.product, b.p1, b.p2,
                "imported from " + name)));
        return new SkuCatalog(infos, "imported " + name + " (" + infos.size() + " SKUs)");
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static final class Builder {
        final String id;
        final String partNumber;
        final String product;
        boolean p1;
        boolean p2;

        Builder(String id, String partNumber, String product) {
            this.id = id;
            this.partNumber = partNumber;
            this.product = product;
        }
    }
}
