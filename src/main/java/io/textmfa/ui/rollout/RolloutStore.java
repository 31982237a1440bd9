package io.textmfa.ui.rollout;

import io.textmfa.rollout.ChannelTimeline;
import io.textmfa.rollout.ChannelTimelineJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the Rollout view remembers: the wave plan file last opened or saved (a path in
 * {@code java.util.prefs}) and the user's edited channel timeline (a JSON file in the app's
 * folder, {@code ~/.textmfa/channel-timeline.json}).
 */
public final class RolloutStore {
    private static final Logger LOG = LoggerFactory.getLogger(RolloutStore.class);
    private final Preferences node;
    private final Path folder;

    public RolloutStore(Preferences node, Path folder) {
        this.node = node;
        this.folder = folder;
    }

    public static RolloutStore forUser() {
        return new RolloutStore(Preferences.userRoot().node("io/textmfa/console/rollout"),
                Path.of(System.getProperty("user.home"), ".textmfa"));
    }

    public Optional<Path> wavePlanFile() {
        String value = node.get("waves.file", "");
        return value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    public void setWavePlanFile(Path file) {
        if (file == null) {
            node.remove("waves.file");
        } else {
            node.put("waves.file", file.toAbsolutePath().toString());
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not save the wave plan location: {}", e.getMessage());
        }
    }

    Path timelineFile() {
        return folder.resolve("channel-timeline.json");
    }

    /** The user's edited timeline, or the built-in one when there is none (or it cannot be read). */
    public ChannelTimeline timeline() {
        Path file = timelineFile();
        if (!Files.isRegularFile(file)) {
            return ChannelTimeline.builtIn();
        }
        try {
            return ChannelTimelineJson.read(file);
        } catch (IOException e) {
            LOG.warn("The edited channel timeline cannot be read, using the built-in one: {}", e.getMessage());
            return ChannelTimeline.builtIn();
        }
    }

    public void saveTimeline(ChannelTimeline timeline) throws IOException {
        Files.createDirectories(folder);
        ChannelTimelineJson.write(timeline, timelineFile());
    }

    public void resetTimeline() throws IOException {
        Files.deleteIfExists(timelineFile());
    }
}
