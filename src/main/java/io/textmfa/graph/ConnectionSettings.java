package io.textmfa.graph;

import java.nio.file.Path;

/**
 * How to reach a tenant. Secrets are never held here: only the names of the environment variables
 * that hold them, so settings can be remembered and logged safely.
 */
public record ConnectionSettings(String tenant, String clientId, AuthMethod authMethod, String clientSecretEnv,
                                 Path certificate, String certificatePasswordEnv, String accessTokenEnv, Cloud cloud,
                                 String graphUrl, boolean writeMode) {
    /** Microsoft Graph PowerShell's public client id: works for delegated sign-in without an app registration of your own. */
    public static final String DEFAULT_PUBLIC_CLIENT_ID = "14d82eec-204b-4c2f-b7e8-296a70dab67e";

    public ConnectionSettings {
        authMethod = authMethod == null ? AuthMethod.BROWSER : authMethod;
        cloud = cloud == null ? Cloud.GLOBAL : cloud;
        clientId = clientId == null || clientId.isBlank() ? DEFAULT_PUBLIC_CLIENT_ID : clientId.strip();
        tenant = tenant == null || tenant.isBlank() ? "organizations" : tenant.strip();
    }

    /** The Graph base URL: {@code --graph-url} when given, else the cloud's. */
    public String baseUrl() {
        return graphUrl == null || graphUrl.isBlank() ? cloud.graphBaseUrl() : stripSlash(graphUrl.strip());
    }

    public ConnectionSettings withWriteMode(boolean write) {
        return new ConnectionSettings(tenant, clientId, authMethod, clientSecretEnv, certificate, certificatePasswordEnv,
                accessTokenEnv, cloud, graphUrl, write);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
