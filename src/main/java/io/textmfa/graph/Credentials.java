package io.textmfa.graph;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DeviceCodeCredentialBuilder;
import com.azure.identity.InteractiveBrowserCredentialBuilder;

import java.nio.file.Files;
import java.util.Locale;
import java.util.function.Function;

/**
 * Builds the azure-identity credential for a sign-in method. Secrets come from environment variables
 * named in the settings and are passed straight to azure-identity: never stored, never logged.
 */
public final class Credentials {
    /** Shows a device code to the user (dialog in the GUI, stderr in the CLI). */
    @FunctionalInterface
    public interface DeviceCodePrompt {
        void show(String userCode, String verificationUrl, String message);
    }

    private final Function<String, String> environment;
    private final DeviceCodePrompt prompt;

    public Credentials(Function<String, String> environment, DeviceCodePrompt prompt) {
        this.environment = environment;
        this.prompt = prompt;
    }

    /** Credentials reading the process environment. */
    public static Credentials fromEnvironment(DeviceCodePrompt prompt) {
        return new Credentials(System::getenv, prompt);
    }

    public TokenCredential create(ConnectionSettings settings) throws GraphFailure {
        String authority = settings.cloud().authorityHost();
        return switch (settings.authMethod()) {
            case BROWSER -> new InteractiveBrowserCredentialBuilder().tenantId(settings.tenant())
                    .clientId(settings.clientId()).authorityHost(authority).redirectUrl("http://localhost").build();
            case DEVICE_CODE -> new DeviceCodeCredentialBuilder().tenantId(settings.tenant()).clientId(settings.clientId())
                    .authorityHost(authority)
                    .challengeConsumer(info -> prompt.show(info.getUserCode(), info.getVerificationUrl(), info.getMessage()))
                    .build();
            case CLIENT_SECRET -> new ClientSecretCredentialBuilder().tenantId(tenantForApp(settings))
                    .clientId(settings.clientId()).authorityHost(authority)
                    .clientSecret(secret(settings.clientSecretEnv(), "--client-secret-env")).build();
            case CERTIFICATE -> certificate(settings, authority);
            case TOKEN -> new StaticTokenCredential(secret(settings.accessTokenEnv(), "--access-token-env"));
        };
    }

    private TokenCredential certificate(ConnectionSettings settings, String authority) throws GraphFailure {
        if (settings.certificate() == null) {
            throw new SignInSetupException("Certificate sign-in needs --certificate FILE (PEM or PFX).");
        }
        if (!Files.isRegularFile(settings.certificate())) {
            throw new SignInSetupException(settings.certificate() + ": no such certificate file.");
        }
        ClientCertificateCredentialBuilder builder = new ClientCertificateCredentialBuilder().tenantId(tenantForApp(settings))
                .clientId(settings.clientId()).authorityHost(authority);
        String path = settings.certificate().toString();
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pfx") || lower.endsWith(".p12")) {
            String password = settings.certificatePasswordEnv() == null ? null
                    : secret(settings.certificatePasswordEnv(), "--certificate-password-env");
            builder.pfxCertificate(path).clientCertificatePassword(password);
        } else {
            builder.pemCertificate(path);
        }
        return builder.build();
    }

    private String secret(String variable, String option) throws GraphFailure {
        if (variable == null || variable.isBlank()) {
            throw new SignInSetupException("This sign-in method needs " + option + " NAME: the environment variable that holds the secret.");
        }
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            throw new SignInSetupException("The environment variable " + variable + " named by " + option + " is not set.");
        }
        return value.strip();
    }

    private static String tenantForApp(ConnectionSettings settings) throws GraphFailure {
        if ("organizations".equals(settings.tenant()) || "common".equals(settings.tenant())) {
            throw new SignInSetupException("App-only sign-in needs --tenant (the tenant id or a verified domain).");
        }
        return settings.tenant();
    }
}
