package io.textmfa.cli;

import io.textmfa.graph.AuthMethod;
import io.textmfa.graph.Cloud;
import io.textmfa.graph.ConnectionSettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options that reach a live tenant over Microsoft Graph (docs/cli.md, docs/permissions.md). */
public class ConnectionOptions {
    @Option(names = "--tenant", paramLabel = "ID|DOMAIN", description = "Tenant id or verified domain.")
    String tenant;

    @Option(names = "--client-id", paramLabel = "GUID",
            description = "Public client id of your app registration (default: Microsoft Graph PowerShell's).")
    String clientId;

    @Option(names = "--auth", paramLabel = "METHOD", defaultValue = "browser",
            description = "Sign-in: browser, device-code, client-secret, certificate or token (default: ${DEFAULT-VALUE}).")
    String auth;

    @Option(names = "--client-secret-env", paramLabel = "NAME", description = "Environment variable holding the client secret.")
    String clientSecretEnv;

    @Option(names = "--certificate", paramLabel = "FILE", description = "Client certificate, PEM or PFX.")
    Path certificate;

    @Option(names = "--certificate-password-env", paramLabel = "NAME", description = "Environment variable holding the PFX password.")
    String certificatePasswordEnv;

    @Option(names = "--access-token-env", paramLabel = "NAME",
            description = "Environment variable holding a ready Graph access token (e.g. from az account get-access-token).")
    String accessTokenEnv;

    @Option(names = "--cloud", paramLabel = "CLOUD", defaultValue = "global",
            description = "global, usgov, dod or china (default: ${DEFAULT-VALUE}).")
    String cloud;

    @Option(names = "--graph-url", paramLabel = "URL", description = "Override the Graph base URL (http only for loopback).")
    String graphUrl;

    /** True when any connection option was given (they only make sense with --live or snapshot export). */
    boolean anyGiven() {
        return tenant != null || clientId != null || clientSecretEnv != null || certificate != null
                || certificatePasswordEnv != null || accessTokenEnv != null || graphUrl != null
                || !"browser".equals(auth) || !"global".equals(cloud);
    }

    /** The settings these options describe; a bad value is a usage error. */
    public ConnectionSettings settings() {
        AuthMethod method = AuthMethod.fromCliName(auth);
        if (method == null) {
            throw new UserInputException("--auth " + auth + " is not one of browser, device-code, client-secret,"
                    + " certificate or token.");
        }
        Cloud chosen = Cloud.fromCliName(cloud);
        if (chosen == null) {
            throw new UserInputException("--cloud " + cloud + " is not one of global, usgov, dod or china.");
        }
        if (method == AuthMethod.TOKEN && accessTokenEnv == null) {
            throw new UserInputException("--auth token needs --access-token-env NAME.");
        }
        if (method == AuthMethod.CLIENT_SECRET && clientSecretEnv == null) {
            throw new UserInputException("--auth client-secret needs --client-secret-env NAME.");
        }
        return new ConnectionSettings(tenant, clientId, method, clientSecretEnv, certificate, certificatePasswordEnv,
                accessTokenEnv, chosen, graphUrl, false);
    }
}
