package io.textmfa.rollout;

/** How a user's text-message codes are expected to be delivered on a date. */
public enum Channel {
    /** In SMS scope, mobile number in a country where WhatsApp delivery is active; SMS is the fallback. */
    WHATSAPP_FIRST("whatsappFirst", "WhatsApp first"),
    SMS("sms", "SMS"),
    /** Only an alternate mobile or office number: voice calls, no text messages. */
    VOICE_ONLY("voiceOnly", "Voice only"),
    NOT_IN_SCOPE("notInScope", "Not in SMS scope"),
    NO_PHONE("noPhone", "No phone"),
    INVALID_PHONE("invalidPhone", "Invalid phone"),
    /** After Microsoft-provided SMS and voice end: needs a customer-managed telecom provider. */
    RETIRED("retired", "Retired");

    private final String jsonName;
    private final String label;

    Channel(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }
}
