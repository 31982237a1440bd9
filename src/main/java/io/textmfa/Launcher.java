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
        if (System.getProperty(LOG_DIR) == null) {
            System.setProperty(LOG_DIR, logFolder().toString());
        }
        int code = Cli.create(App::launchDesktop).execute(args);
        System.exit(code);
    }

    static final String LOG_DIR = "textmfa.log.dir";

    /** The user's log folder by OS convention; never the install folder. */
    static java.nio.file.Path logFolder() {
        return logFolder(System.getProperty("os.name", ""), System.getProperty("user.home"), System::getenv);
    }

    static java.nio.file.Path logFolder(String osName, String home,
            java.util.function.UnaryOperator<String> env) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win")) {
            String local = env.apply("LOCALAPPDATA");
            return java.nio.file.Path.of(local == null ? home : local, "TextMFA", "logs");
        }
        if (os.contains("mac")) {
            return java.nio.file.Path.of(home, "Library", "Logs", "TextMFA");
        }
        String state = env.apply("XDG_STATE_HOME");
        return state == null || state.isBlank() ? java.nio.file.Path.of(home, ".local", "state", "textmfa", "logs")
                : java.nio.file.Path.of(state, "textmfa", "logs");
    }
}
