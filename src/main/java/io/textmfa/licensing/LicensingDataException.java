package io.textmfa.licensing;

import java.io.IOException;

/** A licensing data file (catalogue CSV or ruleset) that cannot be used; the message is one sentence. */
public class LicensingDataException extends IOException {
    public LicensingDataException(String message) {
        super(message);
    }

    public LicensingDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
