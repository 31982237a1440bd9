package io.textmfa.cli;

import io.textmfa.graph.mock.MockGraphServer;
import io.textmfa.graph.mock.MockScenario;
import io.textmfa.tenant.SnapshotReader;
import io.textmfa.tenant.SourceStatus;
import io.textmfa.tenant.TenantCollection;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.demo.TenantGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotExportCommandTest {
    private static final TenantSnapshot TENANT = new TenantGenerator(5).generate(250);
    private static final String TOKEN = "cli-token-xyz";

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Cli.create(snapshot -> 0, Map.of("GRAPH_TOKEN", TOKEN)::get);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void exportsALiveTenantAndNeverWritesTheToken() throws IOException {
        try (MockGraphServer server = new MockGraphServer(TENANT, MockScenario.none()).start()) {
            server.requireToken(TOKEN);
            Path file = folder.resolve("live.json");

            assertThat(run("snapshot", "export", "--auth", "token", "--access-token-env", "GRAPH_TOKEN",
                    "--graph-url", server.baseUrl(), "--tenant", "contoso.onmicrosoft.com", "--out", file.toString())).isZero();

            TenantSnapshot read = new SnapshotReader().read(file);
            assertThat(read.users()).isEqualTo(TENANT.users());
            assertThat(read.source()).isEqualTo(io.textmfa.tenant.SnapshotSource.GRAPH);
            assertThat(Files.readString(file)).doesNotContain(TOKEN);
            assertThat(err.toString()).contains("Users: 250 items", "Wrote ").doesNotContain(TOKEN);
        }
    }

    @Test
    void aRefusedSourceIsWrittenWithItsStateAndExits3() throws IOException {
        try (MockGraphServer server = new MockGraphServer(TENANT, MockScenario.none().forbidden("/reports/")).start()) {
            Path file = folder.resolve("partial.json");

            assertThat(run("snapshot", "export", "--auth", "token", "--access-token-env", "GRAPH_TOKEN",
                    "--graph-url", server.baseUrl(), "--out", file.toString())).isEqualTo(3);

            assertThat(err.toString()).contains("textmfa: User registration details is forbidden: AuditLog.Read.All not granted");
            assertThat(new SnapshotReader().read(file).sourceState(TenantCollection.USER_REGISTRATION_DETAILS).state())
                    .isEqualTo(SourceStatus.FORBIDDEN);
        }
    }

    @Test
    void analysisCommandsReadLiveTenantsToo() {
        try (MockGraphServer server = new MockGraphServer(TENANT, MockScenario.none()).start()) {
            assertThat(run("snapshot", "info", "--live", "--auth", "token", "--access-token-env", "GRAPH_TOKEN",
                    "--graph-url", server.baseUrl(), "--format", "json")).isZero();
            assertThat(out.toString()).contains("\"source\" : \"graph\"", "\"count\" : 250");
        }
    }

    @Test
    void signInSetupProblemsAreUsageErrorsWithOneLine() {
        assertThat(run("snapshot", "export", "--auth", "token", "--access-token-env", "MISSING", "--out",
                folder.resolve("x.json").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("textmfa: The environment variable MISSING named by --access-token-env is not set.");
        assertThat(folder.resolve("x.json")).doesNotExist();

        err.getBuffer().setLength(0);
        assertThat(run("snapshot", "export", "--auth", "token", "--access-token-env", "GRAPH_TOKEN",
                "--graph-url", "http://graph.example.com/v1.0", "--out", folder.resolve("y.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("must use https");

        assertThat(run("snapshot", "export", "--auth", "smoke-signals", "--out", folder.resolve("z.json").toString())).isEqualTo(2);
        assertThat(run("audit", "--tenant", "contoso.onmicrosoft.com")).as("connection options without --live").isEqualTo(2);
    }

    @Test
    void aTokenGraphRefusesExits3() {
        try (MockGraphServer server = new MockGraphServer(TENANT, MockScenario.none()).start()) {
            server.requireToken("another");
            assertThat(run("snapshot", "export", "--auth", "token", "--access-token-env", "GRAPH_TOKEN",
                    "--graph-url", server.baseUrl(), "--out", folder.resolve("w.json").toString())).isEqualTo(3);
            assertThat(err.toString()).contains("Graph refused the access token (401");
            assertThat(folder.resolve("w.json")).doesNotExist();
        }
    }
}
