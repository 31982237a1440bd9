package io.textmfa.ui;

import io.textmfa.ui.common.FileDialogs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers file dialogs from a script, so UI tests need no native chooser. */
public final class ScriptedFileDialogs implements FileDialogs {
    private Path nextOpen;
    private Path nextSave;
    private final List<String> asked = new ArrayList<>();

    public void answerOpen(Path file) {
        nextOpen = file;
    }

    public void answerSave(Path file) {
        nextSave = file;
    }

    /** The dialogs asked for so far, e.g. "save:licenses-text-mfa.csv". */
    public List<String> asked() {
        return asked;
    }

    @Override
    public Optional<Path> openSnapshot(Path folder) {
        asked.add("openSnapshot");
        return take(true);
    }

    @Override
    public Optional<Path> openJson(String title) {
        asked.add("openJson");
        return take(true);
    }

    @Override
    public Optional<Path> openCsv(String title) {
        asked.add("openCsv");
        return take(true);
    }

    @Override
    public Optional<Path> save(String title, String suggestedName, String extension) {
        asked.add("save:" + suggestedName);
        return take(false);
    }

    private Optional<Path> take(boolean open) {
        Path answer = open ? nextOpen : nextSave;
        if (open) {
            nextOpen = null;
        } else {
            nextSave = null;
        }
        return Optional.ofNullable(answer);
    }
}
