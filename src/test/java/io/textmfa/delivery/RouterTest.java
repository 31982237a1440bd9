package io.textmfa.delivery;

import io.textmfa.rollout.Channel;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** Each routing outcome, driven by a scripted random source. */
class RouterTest {
    private static final DeliveryModel MODEL = DeliveryModel.builtIn();
    private static final CountryModel INDIA = MODEL.country("IN");

    /** Returns the given doubles in turn, and a Gaussian of 0 (so latency is the median). */
    private static RandomGenerator script(double... doubles) {
        return new RandomGenerator() {
            int next;

            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return doubles[next++];
            }

            @Override
            public double nextGaussian() {
                return 0;
            }
        };
    }

    private static Router.Result route(Channel channel, Scenario scenario, boolean optInNeeded, DeliveryModel model,
                                       double... doubles) {
        Router.Result out = new Router.Result();
        new Router(model).attempt(channel, model.country("IN"), optInNeeded, scenario, script(doubles), out);
        return out;
    }

    @Test
    void aNumberOnWhatsAppGetsTheCodeOverWhatsApp() {
        Router.Result out = route(Channel.WHATSAPP_FIRST, Scenario.WHATSAPP_FIRST, true, MODEL, 0.1, 0.1);

        assertThat(out.channel).isEqualTo(DeliveryChannel.WHATSAPP);
        assertThat(out.delivered).isTrue();
        assertThat(out.fellBack).isFalse();
        assertThat(out.millis).isEqualTo(2500.0);
        assertThat(out.costUsd).isEqualTo(INDIA.whatsappPriceUsd());
    }

    @Test
    void aNumberNotOnWhatsAppFallsBackToSmsAtOnce() {
        Router.Result out = route(Channel.WHATSAPP_FIRST, Scenario.WHATSAPP_FIRST, true, MODEL, 0.99, 0.1);

        assertThat(out.channel).isEqualTo(DeliveryChannel.SMS);
        assertThat(out.notOnWhatsapp).isTrue();
        assertThat(out.fellBack).isTrue();
        assertThat(out.millis).isEqualTo(6000.0);
        assertThat(out.costUsd).isEqualTo(INDIA.smsPriceUsd());
    }

    @Test
    void anUndeliveredWhatsAppFallsBackAfterTheTimeout() {
        Router.Result out = route(Channel.WHATSAPP_FIRST, Scenario.WHATSAPP_FIRST, true, MODEL, 0.1, 0.999, 0.1);

        assertThat(out.channel).isEqualTo(DeliveryChannel.SMS);
        assertThat(out.fellBack).isTrue();
        assertThat(out.millis).isEqualTo(30000.0 + 6000.0);
        assertThat(out.delivered).isTrue();
    }

    @Test
    void smsOnlyIgnoresWhatsApp() {
        Router.Result out = route(Channel.WHATSAPP_FIRST, Scenario.SMS_ONLY, true, MODEL, 0.1);

        assertThat(out.channel).isEqualTo(DeliveryChannel.SMS);
        assertThat(out.fellBack).isFalse();
    }

    @Test
    void smsFailsWhereTheRegionNeedsAnOptInTheTenantLacks() {
        DeliveryModel noOptIn = MODEL.withGlobal("tenantHasSmsOptIn", 0);

        Router.Result blocked = route(Channel.SMS, Scenario.WHATSAPP_FIRST, true, noOptIn, 0.1);
        Router.Result fine = route(Channel.SMS, Scenario.WHATSAPP_FIRST, false, noOptIn, 0.1);

        assertThat(blocked.delivered).isFalse();
        assertThat(blocked.costUsd).isZero();
        assertThat(fine.delivered).isTrue();
    }

    @Test
    void voiceFailsTooWhereTheRegionNeedsAnOptInTheTenantLacks() {
        DeliveryModel noOptIn = MODEL.withGlobal("tenantHasSmsOptIn", 0);

        Router.Result blocked = route(Channel.VOICE_ONLY, Scenario.WHATSAPP_FIRST, true, noOptIn, 0.1, 0.5);
        Router.Result fine = route(Channel.VOICE_ONLY, Scenario.WHATSAPP_FIRST, false, noOptIn, 0.1, 0.5);

        assertThat(blocked.channel).isEqualTo(DeliveryChannel.VOICE);
        assertThat(blocked.delivered).isFalse();
        assertThat(blocked.costUsd).isZero();
        assertThat(fine.delivered).isTrue();
    }

    @Test
    void voiceOnlyRetiredAndUnusableNumbers() {
        assertThat(route(Channel.VOICE_ONLY, Scenario.WHATSAPP_FIRST, false, MODEL, 0.1).channel).isEqualTo(DeliveryChannel.VOICE);
        Router.Result retired = route(Channel.RETIRED, Scenario.WHATSAPP_FIRST, false, MODEL, 0.1);
        assertThat(retired.channel).isEqualTo(DeliveryChannel.PROVIDER);
        assertThat(retired.costUsd).isEqualTo(MODEL.value("providerPriceUsd"));
        Router.Result none = route(Channel.NO_PHONE, Scenario.WHATSAPP_FIRST, false, MODEL);
        assertThat(none.channel).isEqualTo(DeliveryChannel.NONE);
        assertThat(none.delivered).isFalse();
    }

    @Test
    void sampledLatencyFollowsTheModel() {
        LatencyModel sms = MODEL.latency().get(DeliveryChannel.SMS);
        SplittableRandom random = new SplittableRandom(3);
        double sigma = sms.sigma();
        double[] samples = new double[200_000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = sms.sample(random, sigma);
        }
        java.util.Arrays.sort(samples);
        assertThat(samples[samples.length / 2]).isCloseTo(sms.medianMs(), org.assertj.core.data.Percentage.withPercentage(2));
        assertThat(samples[(int) (samples.length * 0.95)]).isCloseTo(sms.p95Ms(), org.assertj.core.data.Percentage.withPercentage(3));
    }
}
