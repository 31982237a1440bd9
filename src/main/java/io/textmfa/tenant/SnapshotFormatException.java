package io.textmfa.tenant;

import java.io.IOException;

/**
 * A snapshot file that cannot be used. The message is one sentence for the user that names the
 * file and, where it applies, the JSON path of the problem (for example {@code $.users[3].id}).
 */
public class SnapshotFormatException extends IOException {
    private final String fileName;
    private final String jsonPath;

    public SnapshotFormatException(String fileName, String jsonPath, String sentence, Throwable cause) {
        super(fileName + ": " + sentence, cause);
        this.fileName = fileName;
        this.jsonPath = jsonPath;
    }

    public SnapshotFormatException(String fileName, String jsonPath, String sentence) {
        this(fileName, jsonPath, sentence, null);
    }

    public String fileName() {
        return fileName;
    }

    /** The JSON path of the problem, or {@code $} when it concerns the whole file. */
    public String jsonPath() {
        return jsonPath;
    }
}
