package io.textmfa.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A fixed "today" for UI tests and screenshots. */
public final class UiTestClock {
    public static final Clock DEC_4_2026 = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    private UiTestClock() {
    }
}
