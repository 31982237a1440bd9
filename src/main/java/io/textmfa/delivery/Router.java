package io.textmfa.delivery;

import io.textmfa.rollout.Channel;

import java.util.random.RandomGenerator;

/**
 * Routes one simulated attempt, the way Entra delivers text-message codes: WhatsApp when the
 * projection says WhatsApp-first and the number is on WhatsApp, SMS otherwise or after a failed
 * WhatsApp attempt (immediately for a number not on WhatsApp, error 131026; after the fallback
 * timeout when the message is not delivered); SMS and voice fail in a region that needs an opt-in the
 * tenant lacks; voice-only numbers get a call; after the retirement a customer-managed provider
 * sends the code. Allocation-free, so the bulk simulation runs millions of attempts per second.
 */
final class Router {
    /** The outcome of one attempt, reused between attempts. */
    static final class Result {
        DeliveryChannel channel;
        boolean delivered;
        boolean fellBack;
        boolean notOnWhatsapp;
        double millis;
        double costUsd;
    }

    private final DeliveryModel model;
    private final double fallbackMs;
    private final boolean optIn;
    private final double voiceSuccess;
    private final double providerSuccess;
    private final double voicePrice;
    private final double providerPrice;
    private final LatencyModel whatsapp;
    private final LatencyModel sms;
    private final LatencyModel voice;
    private final LatencyModel provider;
    private final double whatsappSigma;
    private final double smsSigma;
    private final double voiceSigma;
    private final double providerSigma;

    Router(DeliveryModel model) {
        this.model = model;
        this.fallbackMs = model.fallbackTimeoutMs();
        this.optIn = model.tenantHasSmsOptIn();
        this.voiceSuccess = model.value("voiceSuccess");
        this.providerSuccess = model.value("providerSuccess");
        this.voicePrice = model.value("voicePriceUsd");
        this.providerPrice = model.value("providerPriceUsd");
        this.whatsapp = model.latency().get(DeliveryChannel.WHATSAPP);
        this.sms = model.latency().get(DeliveryChannel.SMS);
        this.voice = model.latency().get(DeliveryChannel.VOICE);
        this.provider = model.latency().get(DeliveryChannel.PROVIDER);
        this.whatsappSigma = whatsapp.sigma();
        this.smsSigma = sms.sigma();
        this.voiceSigma = voice.sigma();
        this.providerSigma = provider.sigma();
    }

    DeliveryModel model() {
        return model;
    }

    /** One attempt for a user whose projected channel is {@code projected}, in a country with {@code country}'s figures. */
    void attempt(Channel projected, CountryModel country, boolean needsOptIn, Scenario scenario, RandomGenerator random,
                 Result out) {
        out.fellBack = false;
        out.notOnWhatsapp = false;
        out.costUsd = 0;
        out.millis = 0;
        switch (projected) {
            case WHATSAPP_FIRST -> {
                if (scenario == Scenario.SMS_ONLY) {
                    sms(country, needsOptIn, random, out, 0);
                } else if (random.nextDouble() >= country.whatsappAdoption()) {
                    out.notOnWhatsapp = true;
                    out.fellBack = true;
                    sms(country, needsOptIn, random, out, 0);
                } else if (random.nextDouble() < country.whatsappSuccess()) {
                    double ms = whatsapp.sample(random, whatsappSigma);
                    if (ms <= fallbackMs) {
                        out.channel = DeliveryChannel.WHATSAPP;
                        out.delivered = true;
                        out.millis = ms;
                        out.costUsd = country.whatsappPriceUsd();
                    } else {
                        out.fellBack = true;
                        out.costUsd = country.whatsappPriceUsd();
                        sms(country, needsOptIn, random, out, fallbackMs);
                    }
                } else {
                    out.fellBack = true;
                    sms(country, needsOptIn, random, out, fallbackMs);
                }
            }
            case SMS -> sms(country, needsOptIn, random, out, 0);
            case VOICE_ONLY -> {
                out.channel = DeliveryChannel.VOICE;
                if (needsOptIn && !optIn) {
                    out.delivered = false; // the regional opt-in covers SMS and voice alike
                    return;
                }
                out.delivered = random.nextDouble() < voiceSuccess;
                out.millis = voice.sample(random, voiceSigma);
                out.costUsd = voicePrice;
            }
            case RETIRED -> {
                out.channel = DeliveryChannel.PROVIDER;
                out.delivered = random.nextDouble() < providerSuccess;
                out.millis = provider.sample(random, providerSigma);
                out.costUsd = providerPrice;
            }
            default -> {
                out.channel = DeliveryChannel.NONE;
                out.delivered = false;
            }
        }
    }

    private void sms(CountryModel country, boolean needsOptIn, RandomGenerator random, Result out, double afterMs) {
        out.channel = DeliveryChannel.SMS;
        if (needsOptIn && !optIn) {
            out.delivered = false;
            out.millis = afterMs;
            return;
        }
        out.delivered = random.nextDouble() < country.smsSuccess();
        out.millis = afterMs + sms.sample(random, smsSigma);
        out.costUsd += country.smsPriceUsd();
    }
}
