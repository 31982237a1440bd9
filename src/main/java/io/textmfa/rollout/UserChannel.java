package io.textmfa.rollout;

import io.textmfa.tenant.User;

/** One user's projected delivery on a date, with the phone it rests on and the wave that enabled it. */
public record UserChannel(User user, ResolvedPhone phone, String country, CountrySource countrySource, Channel channel,
                          boolean inScope, String wave) {
    /** Country of users whose phone and usage location are both unknown. */
    public static final String UNKNOWN_COUNTRY = "??";

    /** Why the channel is what it is, in a sentence. */
    public String reason() {
        String via = wave == null ? "the SMS policy" : "wave \"" + wave + "\"";
        return switch (channel) {
            case NOT_IN_SCOPE -> "Not enabled for text-message codes by the SMS policy or a wave on this date.";
            case NO_PHONE -> "Enabled by " + via + ", but no phone number is registered or in the profile.";
            case INVALID_PHONE -> "Enabled by " + via + ", but the " + phone.source().label() + " is " + phone.problem() + ".";
            case VOICE_ONLY -> "Enabled by " + via + ", but only a " + phone.source().label()
                    + " is known, which gets voice calls, not text messages.";
            case RETIRED -> "Microsoft-provided SMS and voice have ended; codes need a customer-managed telecom provider.";
            case WHATSAPP_FIRST -> "Enabled by " + via + "; WhatsApp delivery is active for " + country
                    + " numbers, with SMS when the user is not on WhatsApp.";
            case SMS -> "Enabled by " + via + "; codes go by SMS to the " + phone.source().label() + ".";
        };
    }
}
