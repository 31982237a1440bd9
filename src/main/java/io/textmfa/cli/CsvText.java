package io.textmfa.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV with Jackson, defusing spreadsheet formulas: a cell starting with = + - @ (or a tab
 * or carriage return) gets a leading apostrophe so that Excel shows it as text.
 */
final class CsvText {
    private static final CsvMapper CSV = new CsvMapper();

    private CsvText() {
    }

    static void write(Writer out, List<String> header, List<List<String>> rows) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema();
        try (SequenceWriter writer = CSV.writer(schema).writeValues(out)) {
            writer.write(header);
            for (List<String> row : rows) {
                writer.write(row.stream().map(CsvText::defused).toList());
            }
        }
    }

    static String defused(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
