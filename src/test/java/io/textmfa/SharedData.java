package io.textmfa;

import java.nio.file.Path;

/** Files tests read from ../shared/data (never needed by the product at run time). */
public final class SharedData {
    public static final Path MICROSOFT_LICENSING_CSV = Path.of(System.getProperty("textmfa.shared.data", "../shared/data"),
            "microsoft-licensing-skus.csv");

    private SharedData() {
    }
}
