package io.textmfa.delivery;

import io.textmfa.rollout.Channel;
import io.textmfa.rollout.ChannelTimeline;
import io.textmfa.rollout.UserChannel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One user's code, the way a one-time-code service would handle it: a random code from
 * {@link SecureRandom}, a simulated delivery as events, a send rate limit per number, and checks in
 * constant time that know wrong, expired and too many attempts. The code is held here only and never
 * logged; the payload shown to the user masks it until revealed.
 */
public final class OtpSession {
    /** A send: its events, the channel that delivered (or none), the payload, and the code for "Reveal". */
    public record Sent(List<DeliveryEvent> events, DeliveryChannel channel, boolean delivered, String payload,
                       String maskedPayload, char[] code) {
    }

    /** A refused send: the rate limit was hit. */
    public static final class RateLimitedException extends Exception {
        public RateLimitedException(String message) {
            super(message);
        }
    }

    private record Pending(byte[] code, Instant expires, int attemptsLeft) {
    }

    private final DeliveryModel model;
    private final ChannelTimeline timeline;
    private final Clock clock;
    private final SecureRandom codes;
    private final Map<String, Deque<Instant>> sends = new HashMap<>();
    private final Map<String, Pending> pending = new HashMap<>();
    private final Map<String, Boolean> whatsappUsed = new HashMap<>();

    public OtpSession(DeliveryModel model, ChannelTimeline timeline, Clock clock, SecureRandom codes) {
        this.model = model;
        this.timeline = timeline;
        this.clock = clock;
        this.codes = codes;
    }

    /** Sends a code to the user's number; {@code seed} makes the simulated delivery repeatable. */
    public synchronized Sent send(UserChannel user, long seed) throws RateLimitedException {
        String number = user.phone().e164() == null ? user.user().id() : user.phone().e164();
        Instant now = clock.instant();
        rateLimit(number, now);
        String code = newCode();
        pending.put(number, new Pending(code.getBytes(StandardCharsets.US_ASCII),
                now.plusSeconds((long) model.value("codeLifetimeSeconds")), (int) model.value("verifyAttempts")));
        List<DeliveryEvent> events = new ArrayList<>();
        Router router = new Router(model);
        Router.Result out = new Router.Result();
        CountryModel country = model.country(user.country());
        router.attempt(user.channel(), country, timeline.requiresOptIn(user.country()), Scenario.WHATSAPP_FIRST,
                new SplittableRandom(seed), out);
        String digits = number.startsWith("+") ? number.substring(1) : number;
        String payload = message(user.channel(), digits, code);
        String masked = message(user.channel(), maskDigits(digits), "•".repeat(code.length()));
        describe(user, out, events, number);
        return new Sent(List.copyOf(events), out.channel, out.delivered, payload, masked, code.toCharArray());
    }

    private void describe(UserChannel user, Router.Result out, List<DeliveryEvent> events, String number) {
        long fallback = model.fallbackTimeoutMs();
        if (user.channel() == Channel.WHATSAPP_FIRST) {
            events.add(new DeliveryEvent(0, "Check", "Entra checks whether the number is on WhatsApp"));
            if (out.notOnWhatsapp) {
                events.add(new DeliveryEvent(0, "Not on WhatsApp", "WhatsApp error 131026 Message Undeliverable: falls back to SMS"));
            } else {
                events.add(new DeliveryEvent(0, "WhatsApp request", "POST /{phone-number-id}/messages (authentication template)"));
                events.add(new DeliveryEvent(200, "sent", "WhatsApp status: sent"));
                if (out.channel == DeliveryChannel.WHATSAPP) {
                    events.add(new DeliveryEvent((long) out.millis, "delivered", "WhatsApp status: delivered"));
                    events.add(new DeliveryEvent((long) out.millis + 1500, "read", "WhatsApp status: read (with read receipts)"));
                    if (whatsappUsed.putIfAbsent(number, true) == null) {
                        events.add(new DeliveryEvent((long) out.millis + 100, "Notice SMS",
                                "First WhatsApp code: an SMS tells the user that codes now arrive over WhatsApp"));
                    }
                    return;
                }
                events.add(new DeliveryEvent(fallback, "failed", "No delivery within the fallback timeout (offline, or no"
                        + " WhatsApp on the phone): falls back to SMS"));
            }
        }
        switch (out.channel) {
            case SMS -> {
                long start = out.fellBack && !out.notOnWhatsapp ? fallback : 0;
                events.add(new DeliveryEvent(start, "SMS sent", "Text message to " + io.textmfa.rollout.PhoneMask.mask(number)));
                events.add(new DeliveryEvent((long) out.millis, out.delivered ? "SMS delivered" : "SMS failed",
                        out.delivered ? "The code arrives by SMS" : "The carrier did not deliver, or the region needs an SMS opt-in"));
            }
            case VOICE -> events.add(new DeliveryEvent((long) out.millis, out.delivered ? "Call answered" : "Call failed",
                    "Voice call to the office or alternate number"));
            case PROVIDER -> events.add(new DeliveryEvent((long) out.millis, out.delivered ? "Delivered by provider" : "Provider failed",
                    "After 2027-02-01 codes go through a customer-managed telecom provider"));
            case NONE -> events.add(new DeliveryEvent(0, "No code sent", "The user is not in SMS scope or has no usable number"));
            default -> { }
        }
    }

    /** Checks a typed code in constant time. */
    public synchronized VerifyResult verify(UserChannel user, String typed) {
        String number = user.phone().e164() == null ? user.user().id() : user.phone().e164();
        Pending code = pending.get(number);
        if (code == null) {
            return VerifyResult.NO_CODE;
        }
        if (clock.instant().isAfter(code.expires())) {
            pending.remove(number);
            return VerifyResult.EXPIRED;
        }
        if (code.attemptsLeft() <= 0) {
            return VerifyResult.TOO_MANY_ATTEMPTS;
        }
        byte[] given = typed == null ? new byte[0] : typed.strip().getBytes(StandardCharsets.US_ASCII);
        if (MessageDigest.isEqual(code.code(), given)) {
            pending.remove(number);
            return VerifyResult.ACCEPTED;
        }
        int left = code.attemptsLeft() - 1;
        pending.put(number, new Pending(code.code(), code.expires(), left));
        return left <= 0 ? VerifyResult.TOO_MANY_ATTEMPTS : VerifyResult.WRONG;
    }

    public synchronized int attemptsLeft(UserChannel user) {
        String number = user.phone().e164() == null ? user.user().id() : user.phone().e164();
        Pending code = pending.get(number);
        return code == null ? 0 : code.attemptsLeft();
    }

    private void rateLimit(String number, Instant now) throws RateLimitedException {
        Deque<Instant> times = sends.computeIfAbsent(number, n -> new ArrayDeque<>());
        Instant windowStart = now.minusSeconds((long) model.value("sendWindowSeconds"));
        while (!times.isEmpty() && times.peekFirst().isBefore(windowStart)) {
            times.pollFirst();
        }
        int limit = (int) model.value("sendsPerWindow");
        if (times.size() >= limit) {
            long wait = times.peekFirst().plusSeconds((long) model.value("sendWindowSeconds")).getEpochSecond() - now.getEpochSecond();
            throw new RateLimitedException("Too many codes for this number: " + limit + " per "
                    + (long) model.value("sendWindowSeconds") / 60 + " minutes; try again in " + Math.max(1, wait) + " s.");
        }
        times.addLast(now);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < model.codeLength(); i++) {
            code.append(codes.nextInt(10));
        }
        return code.toString();
    }

    /**
     * What would go out first for the user's channel (nothing is sent): the WhatsApp Cloud API request when WhatsApp is
     * tried, otherwise the SMS, call or provider message; a user without a usable number gets no message.
     */
    static String message(Channel channel, String digits, String code) {
        return switch (channel) {
            case WHATSAPP_FIRST -> WhatsAppPayload.text(WhatsAppPayload.build(digits, code));
            case SMS -> "SMS to +" + digits + "\nYour verification code is " + code + ".";
            case VOICE_ONLY -> "Voice call to +" + digits + "\nThe call reads out the code " + code + ".";
            case RETIRED -> "Customer-managed provider: SMS to +" + digits + "\nYour verification code is " + code + ".";
            default -> "No message: this user has no usable phone number.";
        };
    }

    private static String maskDigits(String digits) {
        return digits.length() <= 5 ? "•".repeat(digits.length())
                : digits.substring(0, 2) + "•".repeat(digits.length() - 5) + digits.substring(digits.length() - 3);
    }
}
