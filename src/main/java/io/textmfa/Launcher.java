package io.textmfa;

import io.textmfa.cli.Cli;

/**
 * The entry point of {@code java -jar textmfa.jar}. It does not extend {@code Application} (so the
 * JavaFX classes on the class path are found) and dispatches to the CLI or the desktop app.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        int code = Cli.create(App::launchDesktop).execute(args);
        System.exit(code);
    }
}
