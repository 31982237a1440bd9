package io.textmfa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class SimulateCommandTest {
    private String run(int expected, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = Cli.create(snapshot -> 0);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute(args)).isEqualTo(expected);
        return out.toString();
    }

    @Test
    void jsonHasTheDocumentedShapeAndTheSameSeedGivesTheSameBytes() throws IOException {
        String first = run(0, "simulate", "--date", "2026-12-04", "--attempts", "20000", "--seed", "42", "--format", "json");
        String second = run(0, "simulate", "--date", "2026-12-04", "--attempts", "20000", "--seed", "42", "--format", "json");
        String other = run(0, "simulate", "--date", "2026-12-04", "--attempts", "20000", "--seed", "43", "--format", "json");

        assertThat(first).isEqualTo(second).isNotEqualTo(other);
        JsonNode json = new ObjectMapper().readTree(first);
        assertThat(json.path("date").asText()).isEqualTo("2026-12-04");
        assertThat(json.path("seed").asLong()).isEqualTo(42);
        assertThat(json.path("scenarios")).hasSize(2);
        JsonNode scenario = json.path("scenarios").get(0);
        assertThat(scenario.path("name").asText()).isEqualTo("whatsapp-first");
        for (String field : new String[] {"attempts", "delivered", "deliveredShare", "fallbackShare", "p50Ms", "p95Ms", "p99Ms",
            "costUsd", "costPer1000Usd", "byCountry"}) {
            assertThat(scenario.has(field)).as(field).isTrue();
        }
        JsonNode country = scenario.path("byCountry").get(0);
        assertThat(country.path("channels").fieldNames()).toIterable().containsExactly("whatsapp", "sms", "voice", "provider");
        assertThat(json.path("savingPer1000Usd").asDouble()).isPositive();
    }

    @Test
    void oneScenarioAndBadInput() {
        assertThat(run(0, "simulate", "--date", "2026-12-04", "--attempts", "1000", "--scenario", "sms-only"))
                .contains("sms-only").doesNotContain("whatsapp-first");
        run(2, "simulate", "--scenario", "pigeon");
        run(2, "simulate", "--model", "nowhere.json");
    }
}
