package io.textmfa.graph;

/** How the console signs in to Microsoft Entra ID. */
public enum AuthMethod {
    /** Interactive sign-in in the system browser (delegated; the default). */
    BROWSER("browser", true),
    /** Device code: the user signs in on another device with a code (delegated). */
    DEVICE_CODE("device-code", true),
    /** App-only with a client secret read from an environment variable. */
    CLIENT_SECRET("client-secret", false),
    /** App-only with a certificate (PEM or PFX). */
    CERTIFICATE("certificate", false),
    /** A ready access token from an environment variable (e.g. from {@code az account get-access-token}). */
    TOKEN("token", true);

    private final String cliName;
    private final boolean delegated;

    AuthMethod(String cliName, boolean delegated) {
        this.cliName = cliName;
        this.delegated = delegated;
    }

    public String cliName() {
        return cliName;
    }

    /** Signs in as a user (delegated scopes) rather than as the app. */
    public boolean delegated() {
        return delegated;
    }

    public static AuthMethod fromCliName(String name) {
        for (AuthMethod method : values()) {
            if (method.cliName.equalsIgnoreCase(name)) {
                return method;
            }
        }
        return null;
    }
}
