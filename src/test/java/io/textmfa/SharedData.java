package io.textmfa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;

/**
 * Files tests read from ../shared/data (never needed by the product at run time). A clone that is not
 * next to ../shared uses the gzipped copy of the same file in the test resources, unpacked once.
 */
public final class SharedData {
    public static final Path MICROSOFT_LICENSING_CSV = resolve("microsoft-licensing-skus.csv");

    private SharedData() {
    }

    private static Path resolve(String name) {
        Path shared = Path.of(System.getProperty("textmfa.shared.data", "../shared/data"), name);
        if (Files.isRegularFile(shared)) {
            return shared;
        }
        try (InputStream gz = SharedData.class.getResourceAsStream(name + ".gz")) {
            if (gz == null) {
                return shared; // the tests then report the missing file by its path
            }
            Path folder = Files.createTempDirectory("textmfa-shared");
            Path copy = folder.resolve(name);
            try (InputStream in = new GZIPInputStream(gz)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            copy.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
