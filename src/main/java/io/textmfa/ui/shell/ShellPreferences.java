package io.textmfa.ui.shell;

import io.textmfa.graph.AuthMethod;
import io.textmfa.graph.Cloud;
import io.textmfa.graph.ConnectionSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the desktop app remembers between runs ({@code java.util.prefs}): window bounds, theme, the
 * last source and recent snapshot files. Paths only; never a token or tenant data.
 */
public final class ShellPreferences {
    public static final int MAX_RECENT = 8;
    private static final Logger LOG = LoggerFactory.getLogger(ShellPreferences.class);
    private final Preferences node;

    public ShellPreferences(Preferences node) {
        this.node = node;
    }

    /** The app's own node under the user's preferences. */
    public static ShellPreferences forUser() {
        return new ShellPreferences(Preferences.userRoot().node("io/textmfa/console"));
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
        flush();
    }

    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = node.get("recent." + i, null);
            if (value != null && !value.isBlank()) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    public void setRecentFiles(List<Path> files) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < files.size()) {
                node.put("recent." + i, files.get(i).toAbsolutePath().toString());
            } else {
                node.remove("recent." + i);
            }
        }
        flush();
    }

    /** The snapshot file loaded last, or empty when the last source was the demo tenant. */
    public Optional<Path> lastSnapshot() {
        String value = node.get("source.snapshot", "");
        return value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    /** Remembers the source just loaded: a snapshot file, or {@code null} for the demo tenant. */
    public void setLastSnapshot(Path file) {
        if (file == null) {
            node.remove("source.snapshot");
        } else {
            node.put("source.snapshot", file.toAbsolutePath().toString());
        }
        flush();
    }

    /** The last connection's settings: names only, never a secret or token. */
    public ConnectionSettings connection() {
        return new ConnectionSettings(node.get("connect.tenant", ""), node.get("connect.clientId", ""),
                AuthMethod.fromCliName(node.get("connect.auth", "browser")), blankToNull(node.get("connect.secretEnv", "")),
                blankToNull(node.get("connect.certificate", "")) == null ? null : Path.of(node.get("connect.certificate", "")),
                blankToNull(node.get("connect.certificatePasswordEnv", "")), blankToNull(node.get("connect.tokenEnv", "")),
                Cloud.fromCliName(node.get("connect.cloud", "global")), blankToNull(node.get("connect.graphUrl", "")), false);
    }

    public void setConnection(ConnectionSettings settings) {
        node.put("connect.tenant", settings.tenant());
        node.put("connect.clientId", settings.clientId());
        node.put("connect.auth", settings.authMethod().cliName());
        node.put("connect.secretEnv", nullToBlank(settings.clientSecretEnv()));
        node.put("connect.certificate", settings.certificate() == null ? "" : settings.certificate().toString());
        node.put("connect.certificatePasswordEnv", nullToBlank(settings.certificatePasswordEnv()));
        node.put("connect.tokenEnv", nullToBlank(settings.accessTokenEnv()));
        node.put("connect.cloud", settings.cloud().cliName());
        node.put("connect.graphUrl", nullToBlank(settings.graphUrl()));
        flush();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String nullToBlank(String value) {
        return value == null ? "" : value;
    }

    /** Window position and size from the last run, if any. */
    public Optional<WindowBounds> windowBounds() {
        double width = node.getDouble("window.width", -1);
        double height = node.getDouble("window.height", -1);
        if (width < 200 || height < 150) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0), width, height,
                node.getBoolean("window.maximized", false)));
    }

    public void setWindowBounds(WindowBounds bounds) {
        node.putDouble("window.x", bounds.x());
        node.putDouble("window.y", bounds.y());
        node.putDouble("window.width", bounds.width());
        node.putDouble("window.height", bounds.height());
        node.putBoolean("window.maximized", bounds.maximized());
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not save preferences: {}", e.getMessage());
        }
    }

    /** Where the main window was and how big. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }
}
