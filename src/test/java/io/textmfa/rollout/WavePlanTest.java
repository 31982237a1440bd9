package io.textmfa.rollout;

import io.textmfa.tenant.TenantFixture;
import io.textmfa.tenant.TenantSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WavePlanTest {
    @TempDir
    Path folder;

    private final TenantSnapshot snapshot = new TenantFixture().user("a").group("g-uk", "UK wave", "a").build();

    @Test
    void aPlanSurvivesAFileRoundTrip() throws IOException {
        WavePlan plan = new WavePlan(List.of(new Wave("UK", LocalDate.parse("2027-01-10"), Set.of("GB"), "g-uk"),
                new Wave("LatAm", LocalDate.parse("2027-01-20"), Set.of("BR", "MX"), null)));
        Path file = folder.resolve("waves.json");

        WavePlanJson.write(plan, file);

        assertThat(WavePlanJson.read(file)).isEqualTo(plan);
        assertThat(Files.readString(file)).contains("\"format\" : \"textmfa-waves\"");
    }

    @Test
    void validationFindsDoubleCountriesDatesOutOfOrderAndUnknownGroups() {
        WavePlan plan = new WavePlan(List.of(new Wave("UK", LocalDate.parse("2027-01-10"), Set.of("GB", "IE"), "g-uk"),
                new Wave("Europe", LocalDate.parse("2027-01-05"), Set.of("DE", "IE"), "g-gone"),
                new Wave("Empty", LocalDate.parse("2027-01-30"), Set.of(), null)));

        assertThat(WavePlanValidator.validate(plan, snapshot)).containsExactly(
                "IE is in two waves: \"UK\" and \"Europe\".",
                "Wave \"Europe\" (2027-01-05) comes after \"UK\" (2027-01-10) but is dated earlier.",
                "Wave \"Europe\" names group g-gone, which is not in the snapshot; it is projected by its countries instead.",
                "Wave \"Empty\" has neither a group nor countries, so it enables nobody.");
        assertThat(WavePlanValidator.validate(WavePlan.EMPTY, snapshot)).isEmpty();
    }

    @Test
    void brokenPlansAreRefusedInOneSentence() throws IOException {
        Path other = Files.writeString(folder.resolve("x.json"), "{\"waves\":[]}");
        assertThatThrownBy(() -> WavePlanJson.read(other)).isInstanceOf(RolloutDataException.class)
                .hasMessage("x.json: not a wave plan; $.format must be \"textmfa-waves\".");
        Path badDate = Files.writeString(folder.resolve("d.json"),
                "{\"format\":\"textmfa-waves\",\"version\":1,\"waves\":[{\"name\":\"UK\",\"date\":\"Q1\"}]}");
        assertThatThrownBy(() -> WavePlanJson.read(badDate))
                .hasMessage("d.json: $.waves[0].date \"Q1\" is not a date such as 2027-01-15.");
        assertThatThrownBy(() -> WavePlanJson.read(folder.resolve("none.json"))).hasMessage("none.json: the wave plan does not exist.");
    }
}
