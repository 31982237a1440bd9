package io.textmfa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.textmfa.rollout.Wave;
import io.textmfa.rollout.WavePlan;
import io.textmfa.rollout.WavePlanJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RolloutCommandTest {
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

    private JsonNode json(String... args) throws IOException {
        out.getBuffer().setLength(0);
        assertThat(run(args)).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void jsonHasTheDocumentedShapeAndNoPhoneNumbers() throws IOException {
        JsonNode json = json("rollout", "--demo", "--date", "2026-12-04", "--format", "json");

        assertThat(json.path("date").asText()).isEqualTo("2026-12-04");
        JsonNode india = null;
        for (JsonNode country : json.path("countries")) {
            if (country.path("country").asText().equals("IN")) {
                india = country;
            }
        }
        assertThat(india).isNotNull();
        for (String field : List.of("users", "inScope", "whatsappFirst", "sms", "voiceOnly", "noPhone", "invalidPhone", "retired")) {
            assertThat(india.has(field)).as(field).isTrue();
        }
        assertThat(india.path("whatsappFirst").asInt()).isPositive();
        assertThat(india.path("optInRequired").asBoolean()).isTrue();
        JsonNode user = json.at("/users/0");
        assertThat(user.fieldNames()).toIterable().contains("id", "country", "countrySource", "phoneValidity", "channel")
                .doesNotContain("phone");
        assertThat(json.at("/readiness/phoneOnly").asInt()).isPositive();
        assertThat(json.at("/readiness").has("daysToRetirement")).isTrue();
        assertThat(out.toString()).doesNotContainPattern("\\+\\d{6,}");
    }

    @Test
    void unmaskAddsTheNumbers() throws IOException {
        JsonNode json = json("rollout", "--date", "2026-12-04", "--format", "json", "--unmask");
        boolean anyPhone = false;
        for (JsonNode user : json.path("users")) {
            anyPhone |= user.path("phone").asText("").matches("\\+\\d{7,15}");
        }
        assertThat(anyPhone).isTrue();
    }

    @Test
    void countsChangeWithTheDate() throws IOException {
        int before = json("rollout", "--date", "2027-01-31", "--format", "json").findValues("retired").stream()
                .mapToInt(JsonNode::asInt).sum();
        int after = json("rollout", "--date", "2027-02-01", "--format", "json").findValues("retired").stream()
                .mapToInt(JsonNode::asInt).sum();

        assertThat(before).isZero();
        assertThat(after).isPositive();
    }

    @Test
    void wavesFromAFileAndTheirWarnings() throws IOException {
        Path waves = folder.resolve("waves.json");
        WavePlanJson.write(new WavePlan(List.of(new Wave("UK", LocalDate.parse("2027-01-10"), Set.of("GB"), "no-such-group"))), waves);

        JsonNode json = json("rollout", "--date", "2027-01-15", "--waves", waves.toString(), "--format", "json");

        assertThat(err.toString()).contains("warning: Wave \"UK\" names group no-such-group, which is not in the snapshot");
        boolean ukWave = false;
        for (JsonNode user : json.path("users")) {
            ukWave |= "UK".equals(user.path("wave").asText(null));
        }
        assertThat(ukWave).isTrue();
    }

    @Test
    void aBadDateOrPlanIsAUsageError() {
        assertThat(run("rollout", "--date", "tomorrow")).isEqualTo(2);
        assertThat(err.toString()).contains("--date tomorrow is not a date such as 2027-02-01.");
        assertThat(run("rollout", "--waves", folder.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.json: the wave plan does not exist.");
    }

    @Test
    void theTableLeadsWithTheReadinessBanner() {
        assertThat(run("rollout", "--date", "2026-12-04")).isZero();
        assertThat(out.toString()).contains("Microsoft-provided SMS ends in", "users have only phone methods", "Country");
    }
}
