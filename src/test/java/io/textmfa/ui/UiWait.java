package io.textmfa.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the UI tests share: waiting for a condition (never for a fixed time) and reading a summary card. */
public final class UiWait {
    private UiWait() {
    }

    /** Waits up to 20 s for {@code condition}; fails the test with that sentence otherwise. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }

    /** The value shown on the summary card {@code #card-ID}, or "" while it is not there. */
    public static String cardValue(FxRobot robot, String card) {
        return robot.lookup("#card-" + card + " .card-value").tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }
}
