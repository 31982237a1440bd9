package io.textmfa.ui.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.textmfa.delivery.CountryModel;
import io.textmfa.rollout.Channel;
import io.textmfa.rollout.ChannelTimeline;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.demo.TenantGenerator;
import io.textmfa.ui.UiTestClock;
import io.textmfa.ui.concurrent.SameThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryViewModelTest {
    @TempDir
    Path folder;

    private final SimpleObjectProperty<TenantSnapshot> snapshot = new SimpleObjectProperty<>(TenantGenerator.demoTenant());
    private final DeliveryViewModel viewModel = new DeliveryViewModel(new SameThreadTaskExecutor(), snapshot,
            ChannelTimeline.builtIn(), UiTestClock.DEC_4_2026);

    @Test
    void sendsACodeShowsItsJourneyAndVerifiesIt() throws Exception {
        viewModel.selectedUserProperty().set(viewModel.users().stream().filter(u -> u.channel() == Channel.WHATSAPP_FIRST)
                .findFirst().orElseThrow());

        viewModel.send();

        assertThat(viewModel.events()).isNotEmpty();
        assertThat(viewModel.payloadProperty().get()).contains("••••••").doesNotContainPattern("\"text\" : \"\\d{6}\"");
        viewModel.revealProperty().set(true);
        String code = new ObjectMapper().readTree(viewModel.payloadProperty().get())
                .at("/template/components/0/parameters/0/text").asText();
        viewModel.verify("999999".equals(code) ? "000000" : "999999");
        assertThat(viewModel.verifyTextProperty().get()).isEqualTo("Wrong code: 4 attempts left.");
        viewModel.verify(code);
        assertThat(viewModel.verifyTextProperty().get()).isEqualTo("Accepted: the code is right.");
    }

    @Test
    void runsBothScenariosAndExports() throws Exception {
        viewModel.attemptsProperty().set(20_000);

        viewModel.run();

        assertThat(viewModel.resultsProperty().get()).hasSize(2);
        assertThat(viewModel.cards()).extracting(c -> c.label()).containsExactly("Delivered", "Fallback", "p95 to code",
                "Per 1,000", "Saving");
        assertThat(viewModel.countries()).isNotEmpty().anyMatch(r -> r.country().equals("IN") && r.whatsappShare() > 0);
        Path json = folder.resolve("sim.json");
        viewModel.export(json, true);
        assertThat(Files.readString(json)).contains("\"name\" : \"whatsapp-first\"", "\"name\" : \"sms-only\"");
    }

    @Test
    void editingTheModelChangesTheResult() {
        viewModel.attemptsProperty().set(20_000);
        viewModel.run();
        double before = viewModel.resultsProperty().get().get(0).costUsd();
        CountryModel india = viewModel.modelCountries().stream().filter(c -> c.country().equals("IN")).findFirst().orElseThrow();

        viewModel.editCountry(new CountryModel("IN", india.whatsappAdoption(), india.whatsappSuccess(), india.smsSuccess(),
                india.whatsappPriceUsd() * 100, india.smsPriceUsd(), "edited", null, true));
        viewModel.run();

        assertThat(viewModel.resultsProperty().get().get(0).costUsd()).isGreaterThan(before);
        viewModel.resetModel();
        assertThat(viewModel.modelCountries()).contains(india);
    }

    @Test
    void aShareAboveOneIsRefusedWithOneSentenceAndTheModelStays() {
        CountryModel india = viewModel.modelCountries().stream().filter(c -> c.country().equals("IN")).findFirst().orElseThrow();

        boolean changed = viewModel.editCountry(new CountryModel("IN", 95, india.whatsappSuccess(), india.smsSuccess(),
                india.whatsappPriceUsd(), india.smsPriceUsd(), "edited", null, true));

        assertThat(changed).isFalse();
        assertThat(viewModel.errorProperty().get().message())
                .isEqualTo("IN: WhatsApp adoption must be a share from 0 to 1 (for example 0.95), not 95.0.");
        assertThat(viewModel.modelCountries()).contains(india);
    }

    @Test
    void theModelTableReadsCommasAndPercentsAndIgnoresText() {
        ModelPane.LenientDoubleConverter converter = new ModelPane.LenientDoubleConverter();

        assertThat(converter.fromString("0,95")).isEqualTo(0.95);
        assertThat(converter.fromString("95 %")).isEqualTo(0.95);
        assertThat(converter.fromString(" 0.0113 ")).isEqualTo(0.0113);
        assertThat(converter.fromString("ninety")).isNull();
        assertThat(converter.fromString("")).isNull();
    }
}
