package io.textmfa.cli;

import java.nio.file.Path;

/** Opens the desktop app; the seam lets tests check the CLI without starting JavaFX. */
@FunctionalInterface
public interface GuiLauncher {
    /** Opens the app on the snapshot, or on the demo tenant when {@code snapshot} is null; returns the exit code. */
    int launch(Path snapshot);
}
