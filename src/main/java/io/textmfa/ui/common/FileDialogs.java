package io.textmfa.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** The file choosers the app needs; a seam so UI tests can answer them without a native dialog. */
public interface FileDialogs {
    /** A snapshot file to open, starting in {@code folder} when it is not null. */
    Optional<Path> openSnapshot(Path folder);

    /** A JSON file to open (a wave plan, an edited timeline). */
    Optional<Path> openJson(String title);

    /** A CSV file to import. */
    Optional<Path> openCsv(String title);

    /** A file to save to, with the given extension (without dot), e.g. {@code csv} or {@code json}. */
    Optional<Path> save(String title, String suggestedName, String extension);
}
