package io.textmfa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.textmfa.tenant.SnapshotReader;
import io.textmfa.tenant.TenantSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Cli.create(snapshot -> 0);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** The demo tenant's SMS configuration as a policy file, optionally edited. */
    private Path policyFile(String name, String from, String to) throws IOException {
        out.getBuffer().setLength(0);
        assertThat(run("policy", "show", "--format", "json")).isZero();
        Path file = folder.resolve(name);
        Files.writeString(file, out.toString().replace(from, to));
        out.getBuffer().setLength(0);
        return file;
    }

    @Test
    void showPrintsAPolicyFileThatReadsBackAsNoChange() throws IOException {
        Path same = policyFile("same.json", "", "");
        assertThat(Files.readString(same)).contains("\"@odata.type\" : \"#microsoft.graph.smsAuthenticationMethodConfiguration\"");

        assertThat(run("policy", "diff", "--draft", same.toString())).isZero();
        assertThat(out.toString()).startsWith("No change.");
    }

    @Test
    void diffJsonHasTheDocumentedShapeAndFailOnErrorsExits1() throws IOException {
        Path disabled = policyFile("disabled.json", "\"state\" : \"enabled\"", "\"state\" : \"disabled\"");
        Files.writeString(disabled, Files.readString(disabled).replace("\"excludeTargets\"",
                "\"excludeTargets\" : [ { \"targetType\" : \"group\", \"id\" : \"11111111-0000-4000-8000-000000000000\" } ], \"ignored\""));

        assertThat(run("policy", "diff", "--draft", disabled.toString(), "--format", "json", "--fail-on", "errors")).isEqualTo(1);

        JsonNode json = new ObjectMapper().readTree(out.toString());
        for (String field : new String[] {"gainMfa", "loseMfa", "gainSignIn", "loseSignIn", "unlicensedNewlyInScope",
            "phoneOnlyLosingMethod"}) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        assertThat(json.path("loseMfa").asInt()).isPositive();
        assertThat(json.path("phoneOnlyLosingMethod").asInt()).isPositive();
        assertThat(json.path("errors").get(0).asText()).contains("a group that is not in the directory");
        assertThat(json.path("diff").get(0).asText()).isEqualTo("State: enabled → disabled");
    }

    @Test
    void diffCompareTwoPolicyFilesWithBase() throws IOException {
        Path disabled = policyFile("disabled.json", "\"state\" : \"enabled\"", "\"state\" : \"disabled\"");
        Path enabled = policyFile("enabled.json", "", "");

        assertThat(run("policy", "diff", "--draft", enabled.toString(), "--base", disabled.toString(), "--format", "json"))
                .isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("diff").get(0).asText()).isEqualTo("State: disabled → enabled");
        assertThat(json.path("gainMfa").asInt()).isPositive();
        assertThat(json.path("loseMfa").asInt()).isZero();

        out.getBuffer().setLength(0);
        assertThat(run("policy", "diff", "--draft", disabled.toString(), "--base", disabled.toString())).isZero();
        assertThat(out.toString()).startsWith("No change.");
    }

    @Test
    void validateListsFindings() throws IOException {
        Path same = policyFile("same.json", "", "");
        assertThat(run("policy", "validate", "--draft", same.toString(), "--fail-on", "errors")).as("already named: a warning")
                .isZero();
        assertThat(out.toString()).contains("warning: The SMS policy includes group");
        Path newGroup = policyFile("new.json", "5f0d9a8e-3c2b-4c1e-9d3b-0a1b2c3d4e5f", "22222222-0000-4000-8000-000000000000");
        assertThat(run("policy", "validate", "--draft", newGroup.toString(), "--fail-on", "errors")).isEqualTo(1);
        assertThat(out.toString()).contains("error: The SMS policy includes group 22222222-0000-4000-8000-000000000000");
    }

    @Test
    void offlineApplyWritesASimulatedSnapshotThatCanBeChained() throws IOException {
        Path fixed = policyFile("fixed.json", "5f0d9a8e-3c2b-4c1e-9d3b-0a1b2c3d4e5f", "all_users");
        Path applied = folder.resolve("applied.json");

        assertThat(run("policy", "apply", "--draft", fixed.toString(), "--out", applied.toString())).isZero();

        TenantSnapshot snapshot = new SnapshotReader().read(applied);
        assertThat(snapshot.tenant().displayName()).isEqualTo("Contoso (simulated policy)");
        assertThat(snapshot.authenticationMethodsPolicy().sms().includeTargets()).anyMatch(t -> t.isAllUsers());
        assertThat(err.toString()).contains("Simulation: wrote");
        assertThat(run("policy", "diff", "--snapshot", applied.toString(), "--draft", fixed.toString())).isZero();
        assertThat(out.toString()).contains("No change.");
    }

    @Test
    void applyRefusesADraftWithErrorsAndNeedsOutOffline() throws IOException {
        Path broken = policyFile("broken.json", "5f0d9a8e-3c2b-4c1e-9d3b-0a1b2c3d4e5f", "22222222-0000-4000-8000-000000000000");
        assertThat(run("policy", "apply", "--draft", broken.toString(), "--out", folder.resolve("x.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("the draft has errors; nothing was applied.");
        assertThat(folder.resolve("x.json")).doesNotExist();

        assertThat(run("policy", "apply", "--draft", broken.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("give --out FILE");
        assertThat(run("policy", "apply", "--draft", folder.resolve("none.json").toString(), "--out", "y.json")).isEqualTo(2);
        assertThat(err.toString()).contains("none.json: no such policy file.");
    }

    @Test
    void backupsListsNewestFirstAndRestoreAppliesOne() throws IOException {
        Path store = Files.createDirectories(folder.resolve("backups"));
        Path fixed = policyFile("fixed.json", "5f0d9a8e-3c2b-4c1e-9d3b-0a1b2c3d4e5f", "all_users");
        Files.copy(fixed, store.resolve("sms-tenant-20261201T090000Z.json"));
        Files.copy(fixed, store.resolve("sms-tenant-20261203T090000Z.json"));

        assertThat(run("policy", "backups", "--backups", store.toString())).isZero();
        assertThat(out.toString().lines().toList()).first().asString().startsWith("sms-tenant-20261203T090000Z.json");

        Path restored = folder.resolve("restored.json");
        assertThat(run("policy", "restore", "sms-tenant-20261201T090000Z.json", "--backups", store.toString(),
                "--out", restored.toString())).isZero();
        assertThat(new SnapshotReader().read(restored).authenticationMethodsPolicy().sms().includeTargets())
                .anyMatch(t -> t.isAllUsers());
    }
}
