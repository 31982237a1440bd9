package io.textmfa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this build, filtered in by Maven. */
public final class AppInfo {
    public static final String NAME = "TextMFA Console";
    private static final Properties PROPERTIES = load();

    private AppInfo() {
    }

    public static String version() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("textmfa.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
