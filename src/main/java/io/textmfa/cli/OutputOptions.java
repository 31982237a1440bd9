package io.textmfa.cli;

import io.textmfa.files.AtomicFile;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@code --format} and {@code --out}: what to print and where; files are written atomically. */
public class OutputOptions {
    /** The shapes a command can print. */
    public enum Format { table, csv, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path out;

    /** Produces output text. */
    @FunctionalInterface
    public interface Printer {
        void print(PrintWriter out) throws IOException;
    }

    public Format format() {
        return format;
    }

    /** Prints to {@code --out} (whole or not at all) or to the command's standard output. */
    public void emit(PrintWriter stdout, Printer printer) throws IOException {
        if (out == null) {
            printer.print(stdout);
            stdout.flush();
            return;
        }
        AtomicFile.write(out, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            PrintWriter print = new PrintWriter(writer);
            printer.print(print);
            print.flush();
            if (print.checkError()) {
                throw new IOException("Could not write " + out);
            }
        });
    }
}
