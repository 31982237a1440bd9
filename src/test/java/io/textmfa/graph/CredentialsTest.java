package io.textmfa.graph;

import com.azure.identity.ClientCertificateCredential;
import com.azure.identity.ClientSecretCredential;
import com.azure.identity.DeviceCodeCredential;
import com.azure.identity.InteractiveBrowserCredential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every sign-in method builds its credential without touching the network. */
class CredentialsTest {
    @TempDir
    Path folder;

    private final Credentials credentials = new Credentials(Map.of("SECRET", "s3cret", "TOKEN", "eyJ0")::get,
            (code, url, message) -> { });

    private static ConnectionSettings settings(AuthMethod method, String secretEnv, Path certificate, String tokenEnv) {
        return new ConnectionSettings("contoso.onmicrosoft.com", "11111111-2222-3333-4444-555555555555", method, secretEnv,
                certificate, null, tokenEnv, Cloud.USGOV, null, false);
    }

    @Test
    void buildsACredentialForEachMethod() throws Exception {
        Path pem = Files.writeString(folder.resolve("app.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");

        assertThat(credentials.create(settings(AuthMethod.BROWSER, null, null, null))).isInstanceOf(InteractiveBrowserCredential.class);
        assertThat(credentials.create(settings(AuthMethod.DEVICE_CODE, null, null, null))).isInstanceOf(DeviceCodeCredential.class);
        assertThat(credentials.create(settings(AuthMethod.CLIENT_SECRET, "SECRET", null, null))).isInstanceOf(ClientSecretCredential.class);
        assertThat(credentials.create(settings(AuthMethod.CERTIFICATE, null, pem, null))).isInstanceOf(ClientCertificateCredential.class);
        assertThat(credentials.create(settings(AuthMethod.TOKEN, null, null, "TOKEN")))
                .isInstanceOf(StaticTokenCredential.class).hasToString("StaticTokenCredential[token hidden]");
    }

    @Test
    void missingSecretsAreNamedNeverShown() throws IOException {
        assertThatThrownBy(() -> credentials.create(settings(AuthMethod.CLIENT_SECRET, "NOPE", null, null)))
                .isInstanceOf(GraphFailure.class)
                .hasMessage("The environment variable NOPE named by --client-secret-env is not set.");
        assertThatThrownBy(() -> credentials.create(settings(AuthMethod.CERTIFICATE, null, folder.resolve("gone.pfx"), null)))
                .hasMessageEndingWith("gone.pfx: no such certificate file.");
        assertThatThrownBy(() -> credentials.create(new ConnectionSettings(null, null, AuthMethod.CLIENT_SECRET, "SECRET",
                null, null, null, Cloud.GLOBAL, null, false)))
                .hasMessage("App-only sign-in needs --tenant (the tenant id or a verified domain).");
    }

    @Test
    void scopesAreNamedForDelegatedSignInAndDefaultForAppOnly() {
        assertThat(GraphPermissions.scopes(settings(AuthMethod.BROWSER, null, null, null)))
                .contains("https://graph.microsoft.us/User.Read.All", "https://graph.microsoft.us/AuditLog.Read.All")
                .noneMatch(s -> s.contains("ReadWrite"));
        assertThat(GraphPermissions.scopes(settings(AuthMethod.BROWSER, null, null, null).withWriteMode(true)))
                .contains("https://graph.microsoft.us/Policy.ReadWrite.AuthenticationMethod");
        assertThat(GraphPermissions.scopes(settings(AuthMethod.CLIENT_SECRET, "SECRET", null, null)))
                .containsExactly("https://graph.microsoft.us/.default");
    }
}
