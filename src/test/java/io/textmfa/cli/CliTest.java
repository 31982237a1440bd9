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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path folder;

    private final List<Path> guiLaunches = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Cli.create(snapshot -> {
            guiLaunches.add(snapshot);
            return 0;
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void printsTheVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("TextMFA Console ");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : List.of(new String[] {"--help"}, new String[] {"gui", "--help"},
                new String[] {"demo", "--help"}, new String[] {"snapshot", "info", "--help"},
                new String[] {"bench", "snapshot", "--help"})) {
            out.getBuffer().setLength(0);
            assertThat(run(command)).as(String.join(" ", command)).isZero();
            assertThat(out.toString()).contains("Usage: textmfa");
        }
    }

    @Test
    void noCommandOrGuiOpensTheDesktopApp() throws IOException {
        assertThat(run()).isZero();
        Path file = Files.writeString(folder.resolve("s.json"), "{}");
        assertThat(run("gui", "--snapshot", file.toString())).isZero();
        assertThat(guiLaunches).containsExactly(null, file);
    }

    @Test
    void guiRefusesAMissingSnapshotWithoutOpening() {
        assertThat(run("gui", "--snapshot", folder.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nope.json: no such snapshot file.");
        assertThat(guiLaunches).isEmpty();
    }

    @Test
    void snapshotInfoOnTheDemoTenantPrintsCountsAsJson() throws IOException {
        assertThat(run("snapshot", "info", "--demo", "--format", "json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.at("/tenant/displayName").asText()).isEqualTo("Contoso");
        assertThat(json.at("/source").asText()).isEqualTo("demo");
        assertThat(json.at("/collections/users/count").asInt()).isEqualTo(2500);
        assertThat(json.at("/collections/users/state").asText()).isEqualTo("complete");
        assertThat(json.at("/counts/users").asInt()).isEqualTo(2500);
        assertThat(json.at("/counts/phoneOnlyUsers").asInt()).isPositive();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void snapshotInfoPrintsATableAndCsv() {
        assertThat(run("snapshot", "info")).isZero();
        assertThat(out.toString()).contains("Tenant       Contoso (contoso.onmicrosoft.com)", "Users", "2500", "complete");

        out.getBuffer().setLength(0);
        assertThat(run("snapshot", "info", "--format", "csv")).isZero();
        assertThat(out.toString().lines().toList()).first().isEqualTo("collection,count,state,detail");
        assertThat(out.toString()).contains("users,2500,complete,");
    }

    @Test
    void demoWritesASnapshotThatSnapshotInfoReads() throws IOException {
        Path file = folder.resolve("demo.json");
        assertThat(run("demo", "--users", "120", "--seed", "5", "--out", file.toString())).isZero();

        TenantSnapshot snapshot = new SnapshotReader().read(file);
        assertThat(snapshot.users()).hasSize(120);
        assertThat(run("snapshot", "info", "--snapshot", file.toString(), "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"count\" : 120");
    }

    @Test
    void aBrokenSnapshotExits2WithOneLineAndNoStackTrace() throws IOException {
        Path file = Files.writeString(folder.resolve("broken.json"),
                "{\"format\":\"textmfa-snapshot\",\"version\":1,\"users\":[{\"id\":");

        assertThat(run("snapshot", "info", "--snapshot", file.toString())).isEqualTo(2);

        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("textmfa: broken.json: the file ends too early inside $.users[0]");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        Path file = Files.writeString(folder.resolve("broken.json"), "{\"format\":\"other\"}");

        assertThat(run("--debug", "snapshot", "info", "--snapshot", file.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("textmfa: broken.json: not a TextMFA snapshot", "\tat io.textmfa.");
    }

    @Test
    void outWritesTheFileWholeAndABadSourceLeavesNoPartialFile() throws IOException {
        Path target = folder.resolve("info.json");
        assertThat(run("snapshot", "info", "--format", "json", "--out", target.toString())).isZero();
        assertThat(new ObjectMapper().readTree(target.toFile()).at("/counts/users").asInt()).isEqualTo(2500);
        assertThat(out.toString()).isEmpty();

        Path other = folder.resolve("other.json");
        Path broken = Files.writeString(folder.resolve("broken.json"), "not json");
        assertThat(run("snapshot", "info", "--snapshot", broken.toString(), "--out", other.toString())).isEqualTo(2);
        assertThat(other).doesNotExist();

        Path unwritable = folder.resolve("no-such-folder/info.json");
        assertThat(run("snapshot", "info", "--out", unwritable.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
    }

    @Test
    void usageErrorsExit2WithAHint() {
        assertThat(run("snapshot", "info", "--format", "yaml")).isEqualTo(2);
        assertThat(err.toString()).contains("--format", "Run 'textmfa snapshot info --help' for usage.");

        err.getBuffer().setLength(0);
        assertThat(run("snapshot", "info", "--demo", "--snapshot", "x.json")).isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");

        err.getBuffer().setLength(0);
        assertThat(run("demo", "--users", "10")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--out=FILE'");

        assertThat(run("snapshot")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
    }

    @Test
    void demoRejectsANegativeUserCount() {
        assertThat(run("demo", "--users", "-5", "--out", folder.resolve("x.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--users must be between 0 and 5000000, not -5.");
        assertThat(folder.resolve("x.json")).doesNotExist();
    }

    @Test
    void benchSnapshotPrintsNameValueLinesWithTheRatio() {
        assertThat(run("bench", "snapshot", "--users", "300", "--runs", "2", "--warmup", "1")).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).allMatch(line -> line.matches("[a-z.]+: [0-9.]+"));
        assertThat(lines).anyMatch(line -> line.startsWith("snapshot.read.ms: "))
                .anyMatch(line -> line.startsWith("jackson.tree.ms: "))
                .anyMatch(line -> line.startsWith("snapshot.read.ratio: "))
                .anyMatch(line -> line.startsWith("heap.after.load.mb: "))
                .contains("users: 300");
    }
}
