package io.textmfa.rollout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChannelTimelineTest {
    private final ChannelTimeline timeline = ChannelTimeline.builtIn();

    @TempDir
    Path folder;

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void whatsAppStartsForIndiaIndonesiaAndNewZealandOnItsDate() {
        for (String country : List.of("IN", "ID", "NZ")) {
            assertThat(timeline.whatsappActive(country, d("2023-09-14"))).as(country).isFalse();
            assertThat(timeline.whatsappActive(country, d("2023-09-15"))).as(country).isTrue();
        }
        assertThat(timeline.whatsappActive("US", d("2026-12-01"))).isFalse();
        assertThat(timeline.whatsappStart("IN")).hasValue(d("2023-09-15"));
        assertThat(timeline.whatsappStart("GB")).isEmpty();
    }

    @Test
    void indiaIsPausedInEarly2024AndBackOnDecemberFirst() {
        assertThat(timeline.whatsappActive("IN", d("2024-01-14"))).isTrue();
        assertThat(timeline.whatsappActive("IN", d("2024-01-15"))).isFalse();
        assertThat(timeline.whatsappActive("IN", d("2024-11-30"))).isFalse();
        assertThat(timeline.whatsappActive("IN", d("2024-12-01"))).isTrue();
        assertThat(timeline.whatsappActive("ID", d("2024-06-01"))).as("only India was paused").isTrue();
    }

    @Test
    void theRetirementAndOptInRegionsAreKnown() {
        assertThat(timeline.retirementDate()).hasValue(d("2027-02-01"));
        assertThat(timeline.optInCountries()).contains("IN", "ID", "NZ", "GB", "DE", "BR", "JP", "SG")
                .doesNotContain("US", "CA");
    }

    @Test
    void everyEntryCarriesASourceAndTheOtherCountriesAreThirdParty() {
        assertThat(timeline.events()).allMatch(e -> !e.source().isBlank());
        assertThat(timeline.events()).filteredOn(e -> e.id().equals("whatsapp-other-countries")).singleElement()
                .satisfies(e -> {
                    assertThat(e.confidence()).isEqualTo(Confidence.THIRD_PARTY);
                    assertThat(e.countries()).isEmpty();
                });
        assertThat(timeline.events()).extracting(TimelineEvent::kind).contains(EventKind.PASSKEY_AUTO_ENABLE,
                EventKind.CUSTOMER_TELECOM_PROVIDERS, EventKind.SMS_VOICE_RETIRED);
    }

    @Test
    void anEditedTimelineAddsACountryAndSurvivesAFileRoundTrip() throws IOException {
        List<TimelineEvent> events = new ArrayList<>(timeline.events());
        events.add(new TimelineEvent("whatsapp-br", d("2027-01-10"), EventKind.WHATSAPP_START, Set.of("BR"),
                "WhatsApp for Brazil", "admin's note", Confidence.ASSUMPTION));
        ChannelTimeline edited = timeline.withEvents(events);
        Path file = folder.resolve("timeline.json");

        ChannelTimelineJson.write(edited, file);
        ChannelTimeline read = ChannelTimelineJson.read(file);

        assertThat(read).isEqualTo(edited);
        assertThat(read.whatsappActive("BR", d("2027-01-09"))).isFalse();
        assertThat(read.whatsappActive("BR", d("2027-01-10"))).isTrue();
        assertThat(timeline.whatsappActive("BR", d("2027-01-10"))).as("the built-in one is unchanged").isFalse();
    }

    @Test
    void aBrokenTimelineFileIsRefusedInOneSentence() throws IOException {
        Path bad = Files.writeString(folder.resolve("t.json"), "{\"events\":[{\"date\":\"soon\",\"kind\":\"whatsappStart\"}]}");
        assertThatThrownBy(() -> ChannelTimelineJson.read(bad))
                .isInstanceOf(RolloutDataException.class)
                .hasMessage("t.json: $.events[0].date \"soon\" is not a date such as 2027-02-01.");
        Path other = Files.writeString(folder.resolve("o.json"), "[]");
        assertThatThrownBy(() -> ChannelTimelineJson.read(other)).hasMessage("o.json: not a channel timeline; $.events must be an array.");
    }
}
