package io.textmfa;

import io.textmfa.ui.common.FxFileDialogs;
import io.textmfa.ui.concurrent.FxTaskExecutor;
import io.textmfa.ui.shell.DesktopShell;
import io.textmfa.ui.shell.ShellPreferences;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/** The JavaFX application: opens the main window on a snapshot file, the last source or the demo tenant. */
public final class App extends Application {
    private static final String SNAPSHOT_ARGUMENT = "--snapshot=";
    /** When set, the app renders the Overview to this PNG file and exits (installer check). */
    public static final String SCREENSHOT_PROPERTY = "textmfa.screenshot";

    /** Starts the desktop app and returns when its window is closed. */
    public static int launchDesktop(Path snapshot) {
        String[] args = snapshot == null ? new String[0]
                : new String[] {SNAPSHOT_ARGUMENT + snapshot.toAbsolutePath()};
        Application.launch(App.class, args);
        return 0;
    }

    @Override
    public void start(Stage stage) {
        DesktopShell shell = new DesktopShell(stage, new FxTaskExecutor(), ShellPreferences.forUser(),
                new FxFileDialogs(stage));
        shell.window().show();
        shell.viewModel().start(snapshotArgument(getParameters().getRaw()));
        String screenshot = System.getProperty(SCREENSHOT_PROPERTY);
        if (screenshot != null) {
            OverviewScreenshot.whenLoaded(shell, stage, java.nio.file.Path.of(screenshot));
        }
    }

    private static Path snapshotArgument(List<String> args) {
        for (String arg : args) {
            if (arg.startsWith(SNAPSHOT_ARGUMENT)) {
                return Path.of(arg.substring(SNAPSHOT_ARGUMENT.length()));
            }
        }
        return null;
    }
}
