package io.textmfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void linuxLogsGoToTheXdgStateFolder() {
        assertThat(Launcher.logFolder("Linux", "/home/ada", Map.<String, String>of()::get))
                .isEqualTo(Path.of("/home/ada", ".local", "state", "textmfa", "logs"));
        assertThat(Launcher.logFolder("Linux", "/home/ada", Map.of("XDG_STATE_HOME", "/var/state/ada")::get))
                .isEqualTo(Path.of("/var/state/ada", "textmfa", "logs"));
    }

    @Test
    void macLogsGoToLibraryLogs() {
        assertThat(Launcher.logFolder("Mac OS X", "/Users/ada", Map.<String, String>of()::get))
                .isEqualTo(Path.of("/Users/ada", "Library", "Logs", "TextMFA"));
    }

    @Test
    void windowsLogsGoToLocalAppData() {
        assertThat(Launcher.logFolder("Windows 11", "C:/Users/ada", Map.of("LOCALAPPDATA", "C:/Users/ada/AppData/Local")::get))
                .isEqualTo(Path.of("C:/Users/ada/AppData/Local", "TextMFA", "logs"));
    }

    @Test
    void neverTheInstallFolder() {
        Path folder = Launcher.logFolder("Linux", "/home/ada", Map.<String, String>of()::get);
        assertThat(folder.startsWith("/opt")).isFalse();
        assertThat(folder.startsWith("/home/ada")).isTrue();
    }
}
