package io.textmfa.ui.common;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** {@link FileDialogs} with JavaFX's native file choosers. */
public final class FxFileDialogs implements FileDialogs {
    private final Window owner;
    private File lastFolder;

    public FxFileDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> openSnapshot(Path folder) {
        FileChooser chooser = chooser("Open snapshot", folder);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("TextMFA snapshots (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> openJson(String title) {
        FileChooser chooser = chooser(title, null);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSON files (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> openCsv(String title) {
        FileChooser chooser = chooser(title, null);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> save(String title, String suggestedName, String extension) {
        FileChooser chooser = chooser(title, null);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                extension.toUpperCase(Locale.ROOT) + " files (*." + extension + ")", "*." + extension));
        return remember(chooser.showSaveDialog(owner));
    }

    private FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        File start = folder != null && Files.isDirectory(folder) ? folder.toFile() : lastFolder;
        if (start != null && start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
