package io.textmfa.graph;

import java.util.Locale;

/** The Microsoft clouds: where to sign in and which Graph host to call. */
public enum Cloud {
    GLOBAL("global", "https://login.microsoftonline.com", "https://graph.microsoft.com"),
    USGOV("usgov", "https://login.microsoftonline.us", "https://graph.microsoft.us"),
    DOD("dod", "https://login.microsoftonline.us", "https://dod-graph.microsoft.us"),
    CHINA("china", "https://login.chinacloudapi.cn", "https://microsoftgraph.chinacloudapi.cn");

    private final String cliName;
    private final String authorityHost;
    private final String graphHost;

    Cloud(String cliName, String authorityHost, String graphHost) {
        this.cliName = cliName;
        this.authorityHost = authorityHost;
        this.graphHost = graphHost;
    }

    public String cliName() {
        return cliName;
    }

    public String authorityHost() {
        return authorityHost;
    }

    /** E.g. {@code https://graph.microsoft.com}. */
    public String graphHost() {
        return graphHost;
    }

    public String graphBaseUrl() {
        return graphHost + "/v1.0";
    }

    public static Cloud fromCliName(String name) {
        for (Cloud cloud : values()) {
            if (cloud.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return cloud;
            }
        }
        return null;
    }
}
