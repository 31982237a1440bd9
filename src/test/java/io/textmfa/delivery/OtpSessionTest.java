package io.textmfa.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.textmfa.rollout.ChannelTimeline;
import io.textmfa.rollout.RolloutProjection;
import io.textmfa.rollout.UserChannel;
import io.textmfa.rollout.WavePlan;
import io.textmfa.rollout.Channel;
import io.textmfa.tenant.demo.TenantGenerator;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OtpSessionTest {
    private static final UserChannel INDIA = RolloutProjection.at(TenantGenerator.demoTenant(), ChannelTimeline.builtIn(),
            WavePlan.EMPTY, LocalDate.parse("2026-12-04")).users().stream()
            .filter(u -> u.channel() == Channel.WHATSAPP_FIRST).findFirst().orElseThrow();

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final OtpSession session = new OtpSession(DeliveryModel.builtIn(), ChannelTimeline.builtIn(), clock, new SecureRandom());

    @Test
    void aSentCodeIsAcceptedOnce() throws Exception {
        OtpSession.Sent sent = session.send(INDIA, 1);

        assertThat(new String(sent.code())).matches("\\d{6}");
        assertThat(sent.events()).first().extracting(DeliveryEvent::title).isEqualTo("Check");
        assertThat(session.verify(INDIA, new String(sent.code()))).isEqualTo(VerifyResult.ACCEPTED);
        assertThat(session.verify(INDIA, new String(sent.code()))).isEqualTo(VerifyResult.NO_CODE);
    }

    @Test
    void wrongCodesCountDownToTooManyAttempts() throws Exception {
        OtpSession.Sent sent = session.send(INDIA, 1);
        String wrong = new String(sent.code()).equals("000000") ? "111111" : "000000";

        for (int i = 0; i < 4; i++) {
            assertThat(session.verify(INDIA, wrong)).isEqualTo(VerifyResult.WRONG);
        }
        assertThat(session.attemptsLeft(INDIA)).isEqualTo(1);
        assertThat(session.verify(INDIA, wrong)).isEqualTo(VerifyResult.TOO_MANY_ATTEMPTS);
        assertThat(session.verify(INDIA, new String(sent.code()))).isEqualTo(VerifyResult.TOO_MANY_ATTEMPTS);
    }

    @Test
    void aCodeExpires() throws Exception {
        OtpSession.Sent sent = session.send(INDIA, 1);
        clock.now = clock.now.plus(Duration.ofMinutes(11));

        assertThat(session.verify(INDIA, new String(sent.code()))).isEqualTo(VerifyResult.EXPIRED);
    }

    @Test
    void resendingHitsTheRateLimit() throws Exception {
        for (int i = 0; i < 5; i++) {
            session.send(INDIA, i);
        }
        assertThatThrownBy(() -> session.send(INDIA, 9)).isInstanceOf(OtpSession.RateLimitedException.class)
                .hasMessageStartingWith("Too many codes for this number: 5 per 10 minutes");
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(session.send(INDIA, 10).code()).hasSize(6);
    }

    @Test
    void theWhatsAppPayloadCarriesTheCodeTwiceAndTheMaskedOneNone() throws Exception {
        OtpSession.Sent sent = session.send(INDIA, 1);
        String code = new String(sent.code());
        JsonNode payload = new ObjectMapper().readTree(sent.payload());

        assertThat(payload.path("messaging_product").asText()).isEqualTo("whatsapp");
        assertThat(payload.path("type").asText()).isEqualTo("template");
        assertThat(payload.at("/template/language/code").asText()).isEqualTo("en_US");
        assertThat(payload.at("/template/components/0/parameters/0/text").asText()).isEqualTo(code);
        assertThat(payload.at("/template/components/1/sub_type").asText()).isEqualTo("url");
        assertThat(payload.at("/template/components/1/parameters/0/text").asText()).isEqualTo(code);
        assertThat(sent.payload().split(code, -1)).hasSize(3);
        assertThat(sent.maskedPayload()).doesNotContain(code).contains("••••••");
        assertThat(sent.maskedPayload()).doesNotContain(INDIA.phone().e164().substring(1));
    }

    @Test
    void otherChannelsShowTheirOwnMessageAndNoWhatsAppRequest() {
        assertThat(OtpSession.message(Channel.SMS, "4915112345678", "123456"))
                .isEqualTo("SMS to +4915112345678\nYour verification code is 123456.");
        assertThat(OtpSession.message(Channel.VOICE_ONLY, "4915112345678", "123456")).startsWith("Voice call to +4915112345678");
        assertThat(OtpSession.message(Channel.RETIRED, "4915112345678", "123456")).startsWith("Customer-managed provider");
        assertThat(OtpSession.message(Channel.NO_PHONE, "user-id", "123456"))
                .isEqualTo("No message: this user has no usable phone number.").doesNotContain("123456");
        assertThat(OtpSession.message(Channel.WHATSAPP_FIRST, "919812345678", "123456")).contains("\"messaging_product\"");
    }
}
