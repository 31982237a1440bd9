package io.textmfa.delivery;

import io.textmfa.rollout.ChannelTimeline;
import io.textmfa.rollout.RolloutProjection;
import io.textmfa.rollout.UserChannel;
import io.textmfa.rollout.WavePlan;
import io.textmfa.tenant.demo.TenantGenerator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BulkSimulationTest {
    private static final ChannelTimeline TIMELINE = ChannelTimeline.builtIn();
    private static final DeliveryModel MODEL = DeliveryModel.builtIn();

    private static List<UserChannel> population(String date) {
        return BulkSimulation.population(RolloutProjection.at(TenantGenerator.demoTenant(), TIMELINE, WavePlan.EMPTY,
                LocalDate.parse(date)));
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        List<UserChannel> users = population("2026-12-04");
        ScenarioResult a = BulkSimulation.run(users, null, MODEL, TIMELINE, Scenario.WHATSAPP_FIRST, 50_000, 9);
        ScenarioResult b = BulkSimulation.run(users, null, MODEL, TIMELINE, Scenario.WHATSAPP_FIRST, 50_000, 9);
        ScenarioResult c = BulkSimulation.run(users, null, MODEL, TIMELINE, Scenario.WHATSAPP_FIRST, 50_000, 10);

        assertThat(a.costUsd()).isEqualTo(b.costUsd());
        assertThat(a.byCountry()).isEqualTo(b.byCountry());
        assertThat(a.costUsd()).isNotEqualTo(c.costUsd());
    }

    @Test
    void bothScenariosMeetTheSameUsers() {
        List<UserChannel> users = population("2026-12-04");
        ScenarioResult whatsapp = BulkSimulation.run(users, null, MODEL, TIMELINE, Scenario.WHATSAPP_FIRST, 60_000, 7);
        ScenarioResult sms = BulkSimulation.run(users, null, MODEL, TIMELINE, Scenario.SMS_ONLY, 60_000, 7);

        assertThat(whatsapp.byCountry()).extracting(CountryResult::country, CountryResult::attempts)
                .containsExactlyInAnyOrderElementsOf(sms.byCountry().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.country(), c.attempts())).toList());
    }

    @Test
    void whatsAppFirstIsCheaperAndFallsBackWhereWhatsAppIsActive() {
        List<UserChannel> users = population("2026-12-04");
        ScenarioResult whatsapp = BulkSimulation.run(users, null, MODEL, TIMELINE, Scenario.WHATSAPP_FIRST, 100_000, 1);
        ScenarioResult sms = BulkSimulation.run(users, null, MODEL, TIMELINE, Scenario.SMS_ONLY, 100_000, 1);

        assertThat(whatsapp.costPer1000Usd()).isLessThan(sms.costPer1000Usd());
        assertThat(whatsapp.channels()).containsKey(DeliveryChannel.WHATSAPP);
        assertThat(sms.channels()).doesNotContainKey(DeliveryChannel.WHATSAPP);
        assertThat(whatsapp.fallbackShare()).isPositive();
        assertThat(sms.fallbackShare()).isZero();
        assertThat(whatsapp.byCountry()).filteredOn(c -> c.channels().containsKey(DeliveryChannel.WHATSAPP))
                .allMatch(c -> List.of("IN", "ID", "NZ").contains(c.country()));
        assertThat(whatsapp.attempts()).isEqualTo(100_000);
    }

    @Test
    void indiaSendsSmsWhileWhatsAppIsPausedAndAProviderAfterTheRetirement() {
        ScenarioResult paused = BulkSimulation.run(population("2024-06-01"), null, MODEL, TIMELINE, Scenario.WHATSAPP_FIRST, 50_000, 1);
        assertThat(paused.byCountry()).filteredOn(c -> c.country().equals("IN")).singleElement()
                .satisfies(india -> assertThat(india.channels()).doesNotContainKey(DeliveryChannel.WHATSAPP));

        ScenarioResult retired = BulkSimulation.run(population("2027-02-01"), null, MODEL, TIMELINE, Scenario.WHATSAPP_FIRST, 50_000, 1);
        assertThat(retired.channels()).containsKey(DeliveryChannel.PROVIDER).doesNotContainKeys(DeliveryChannel.WHATSAPP,
                DeliveryChannel.SMS);
    }

    @Test
    void theMedianTimeToCodeMatchesTheModelForSmsOnly() {
        ScenarioResult sms = BulkSimulation.run(population("2026-12-04"), null, MODEL, TIMELINE, Scenario.SMS_ONLY, 200_000, 4);

        assertThat(sms.p50Ms()).isCloseTo(MODEL.latency().get(DeliveryChannel.SMS).medianMs(),
                org.assertj.core.data.Offset.offset(300.0));
        assertThat(sms.p95Ms()).isGreaterThan(sms.p50Ms());
        assertThat(sms.p99Ms()).isGreaterThanOrEqualTo(sms.p95Ms());
    }

    @Test
    void weightsDecideWhoSignsIn() {
        List<UserChannel> users = population("2026-12-04");
        double[] weights = new double[users.size()];
        int india = -1;
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).country().equals("US") && india < 0) {
                india = i;
                weights[i] = 1;
            }
        }
        ScenarioResult only = BulkSimulation.run(users, weights, MODEL, TIMELINE, Scenario.WHATSAPP_FIRST, 1_000, 1);

        assertThat(only.byCountry()).singleElement().extracting(CountryResult::country).isEqualTo("US");
    }
}
