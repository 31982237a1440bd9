package io.textmfa.cli;

import io.textmfa.AppInfo;
import picocli.CommandLine.IVersionProvider;

/** Prints the version baked into the build. */
public class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"TextMFA Console " + AppInfo.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
