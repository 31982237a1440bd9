package io.textmfa.ui.rollout;

import io.textmfa.rollout.Channel;
import io.textmfa.rollout.EventKind;
import io.textmfa.rollout.Wave;
import io.textmfa.rollout.WavePlanJson;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.demo.TenantGenerator;
import io.textmfa.ui.UiTestClock;
import io.textmfa.ui.concurrent.SameThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class RolloutViewModelTest {
    private static final TenantSnapshot DEMO = TenantGenerator.demoTenant();

    @TempDir
    Path folder;

    private final Preferences node = Preferences.userRoot().node("io/textmfa/test/" + UUID.randomUUID());
    private final SimpleObjectProperty<TenantSnapshot> snapshot = new SimpleObjectProperty<>(DEMO);

    private RolloutViewModel viewModel() {
        return new RolloutViewModel(new SameThreadTaskExecutor(), snapshot, new RolloutStore(node, folder), UiTestClock.DEC_4_2026);
    }

    @AfterEach
    void removePreferences() throws BackingStoreException {
        node.removeNode();
    }

    private static int total(RolloutViewModel viewModel, Channel channel) {
        return viewModel.countries().stream().mapToInt(c -> c.count(channel)).sum();
    }

    @Test
    void projectsForTodayAndSaysHowManyDaysAreLeft() {
        RolloutViewModel viewModel = viewModel();

        assertThat(viewModel.dateProperty().get()).isEqualTo(LocalDate.parse("2026-12-04"));
        assertThat(viewModel.bannerProperty().get()).startsWith("Microsoft-provided SMS ends in 59 days (2027-02-01): ");
        assertThat(total(viewModel, Channel.WHATSAPP_FIRST)).isPositive();
        assertThat(viewModel.markers()).anyMatch(m -> m.kind() == io.textmfa.ui.rollout.TimelineMarker.Kind.RETIREMENT);
    }

    @Test
    void changingTheDateReprojects() {
        RolloutViewModel viewModel = viewModel();
        int textedToday = total(viewModel, Channel.WHATSAPP_FIRST) + total(viewModel, Channel.SMS);
        assertThat(total(viewModel, Channel.RETIRED)).isZero();

        viewModel.dateProperty().set(LocalDate.parse("2027-02-01"));

        assertThat(total(viewModel, Channel.WHATSAPP_FIRST)).isZero();
        assertThat(total(viewModel, Channel.SMS)).isZero();
        assertThat(total(viewModel, Channel.RETIRED)).isEqualTo(textedToday);
    }

    @Test
    void selectingACountryListsItsUsersWithMaskedNumbers() {
        RolloutViewModel viewModel = viewModel();
        CountryRow india = viewModel.countries().stream().filter(c -> c.code().equals("IN")).findFirst().orElseThrow();

        viewModel.selectedCountryProperty().set(india);

        assertThat(viewModel.countryUsers()).hasSize(india.rollout().users());
        assertThat(viewModel.countryUsers()).filteredOn(u -> u.phone().startsWith("+"))
                .isNotEmpty().allMatch(u -> u.maskedPhone().contains("•") && !u.maskedPhone().equals(u.phone()));
        viewModel.dateProperty().set(LocalDate.parse("2024-06-01"));
        assertThat(viewModel.selectedCountryProperty().get().code()).as("selection kept across dates").isEqualTo("IN");
    }

    @Test
    void addingAWaveBringsItsCountryIntoScopeFromItsDate() {
        RolloutViewModel viewModel = viewModel();
        int gbBefore = viewModel.countries().stream().filter(c -> c.code().equals("GB")).findFirst().orElseThrow().rollout().inScope();

        assertThat(viewModel.waves().add("UK", LocalDate.parse("2026-12-01"), "gb", null)).isTrue();

        int gbAfter = viewModel.countries().stream().filter(c -> c.code().equals("GB")).findFirst().orElseThrow().rollout().inScope();
        assertThat(gbAfter).isGreaterThan(gbBefore);
        assertThat(viewModel.markers()).anyMatch(m -> m.label().equals("Wave UK"));
    }

    @Test
    void theWaveFormRefusesBadInputAndValidationReportsProblems() {
        RolloutViewModel viewModel = viewModel();

        assertThat(viewModel.waves().add("", LocalDate.parse("2027-01-01"), "GB", null)).isFalse();
        assertThat(viewModel.waves().formErrorProperty().get()).isEqualTo("Give the wave a name.");
        assertThat(viewModel.waves().add("X", LocalDate.parse("2027-01-01"), "GB, Narnia", null)).isFalse();
        assertThat(viewModel.waves().formErrorProperty().get()).contains("\"Narnia\" is not a two-letter country code");
        viewModel.waves().add("A", LocalDate.parse("2027-01-10"), "GB", null);
        viewModel.waves().add("B", LocalDate.parse("2027-01-01"), "GB", null);
        assertThat(viewModel.waves().problems()).contains("GB is in two waves: \"A\" and \"B\".");
    }

    @Test
    void thePlanIsSavedAndReopenedOnTheNextStart() throws IOException {
        RolloutViewModel viewModel = viewModel();
        viewModel.waves().add("UK", LocalDate.parse("2027-01-10"), "GB", null);
        Path file = folder.resolve("waves.json");
        viewModel.waves().save(file);

        assertThat(WavePlanJson.read(file).waves()).extracting(Wave::name).containsExactly("UK");
        RolloutViewModel next = viewModel();
        assertThat(next.waves().waves()).extracting(Wave::name).containsExactly("UK");
    }

    @Test
    void anEditedTimelineIsKeptAndCanBeReset() {
        RolloutViewModel viewModel = viewModel();
        viewModel.dateProperty().set(LocalDate.parse("2027-01-20"));
        int brWhatsapp = viewModel.countries().stream().filter(c -> c.code().equals("BR")).findFirst().orElseThrow()
                .count(Channel.WHATSAPP_FIRST);
        assertThat(brWhatsapp).isZero();

        assertThat(viewModel.timeline().addEvent(LocalDate.parse("2027-01-15"), EventKind.WHATSAPP_START, "BR", null)).isTrue();

        assertThat(viewModel.countries().stream().filter(c -> c.code().equals("BR")).findFirst().orElseThrow()
                .count(Channel.WHATSAPP_FIRST)).isPositive();
        RolloutViewModel next = viewModel();
        assertThat(next.timeline().events()).anyMatch(e -> e.countries().equals(Set.of("BR")));
        next.timeline().reset();
        assertThat(next.timeline().events()).noneMatch(e -> e.countries().equals(Set.of("BR")));
        assertThat(viewModel().timeline().timeline()).isEqualTo(io.textmfa.rollout.ChannelTimeline.builtIn());
    }

    @Test
    void aBrokenPlanFileIsReportedAndTheWavesStay() throws IOException {
        RolloutViewModel viewModel = viewModel();
        viewModel.waves().add("UK", LocalDate.parse("2027-01-10"), "GB", null);
        Path broken = java.nio.file.Files.writeString(folder.resolve("broken.json"), "{}");

        viewModel.waves().open(broken);

        assertThat(viewModel.errorProperty().get().message()).isEqualTo("broken.json: not a wave plan; $.format must be \"textmfa-waves\".");
        assertThat(viewModel.waves().waves()).hasSize(1);
    }

    @Test
    void exportWritesEveryUsersChannelWithoutNumbersUnlessRevealed() throws IOException {
        RolloutViewModel viewModel = viewModel();
        Path masked = folder.resolve("masked.csv");
        Path revealed = folder.resolve("revealed.csv");

        viewModel.export(masked);
        viewModel.revealNumbersProperty().set(true);
        viewModel.export(revealed);

        java.util.List<String> lines = java.nio.file.Files.readAllLines(masked);
        assertThat(lines).hasSize(2501);
        assertThat(lines.get(0)).doesNotContain("phone,").endsWith("reason");
        assertThat(String.join("\n", lines)).doesNotContainPattern("\\+\\d{8,}");
        assertThat(java.nio.file.Files.readAllLines(revealed).get(0)).endsWith(",phone");
    }
}
