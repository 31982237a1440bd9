package io.textmfa.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code textmfa gui [--snapshot FILE]}: opens the desktop app. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the desktop app (on the demo tenant unless --snapshot is given).")
public class GuiCommand implements Callable<Integer> {
    @ParentCommand
    TextMfaCommand parent;

    @Option(names = "--snapshot", paramLabel = "FILE", description = "Open this snapshot file instead of the demo tenant.")
    Path snapshot;

    @Option(names = "--screenshot", paramLabel = "PNG", hidden = true,
            description = "Start, render the Overview, write it as a PNG and exit (installer check).")
    Path screenshot;

    @Override
    public Integer call() {
        if (snapshot != null && !Files.isRegularFile(snapshot)) {
            throw new UserInputException(snapshot + ": no such snapshot file.");
        }
        if (screenshot != null) {
            System.setProperty(io.textmfa.App.SCREENSHOT_PROPERTY, screenshot.toAbsolutePath().toString());
        }
        return parent.guiLauncher().launch(snapshot);
    }
}
