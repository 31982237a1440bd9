package io.textmfa.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes CSV with Jackson, row by row, defusing spreadsheet formulas: a cell starting with
 * = + - @ (or a tab or carriage return) gets a leading apostrophe so that Excel shows it as text.
 * The target writer is flushed, never closed.
 */
public final class SafeCsv implements Closeable {
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final SequenceWriter writer;

    private SafeCsv(SequenceWriter writer) {
        this.writer = writer;
    }

    /** Starts a CSV with its header row. */
    public static SafeCsv open(Writer out, List<String> header) throws IOException {
        SafeCsv csv = new SafeCsv(CSV.writer(CsvSchema.emptySchema()).writeValues(out));
        csv.writer.write(header);
        return csv;
    }

    /** Writes a whole table at once. */
    public static void write(Writer out, List<String> header, List<List<String>> rows) throws IOException {
        try (SafeCsv csv = open(out, header)) {
            for (List<String> row : rows) {
                csv.row(row);
            }
        }
    }

    public void row(List<String> cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(defused(cell));
        }
        writer.write(safe);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    public static String defused(String value) {
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
