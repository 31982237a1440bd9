package io.textmfa.rollout;

/** What a timeline event changes. */
public enum EventKind {
    WHATSAPP_START("whatsappStart", "WhatsApp delivery starts"),
    WHATSAPP_PAUSE("whatsappPause", "WhatsApp delivery paused"),
    WHATSAPP_RESUME("whatsappResume", "WhatsApp delivery resumes"),
    PASSKEY_AUTO_ENABLE("passkeyAutoEnable", "Passkeys auto-enabled"),
    CUSTOMER_TELECOM_PROVIDERS("customerTelecomProviders", "Customer telecom providers"),
    SMS_VOICE_RETIRED("smsVoiceRetired", "Microsoft SMS and voice retired");

    private final String jsonName;
    private final String label;

    EventKind(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }

    public static EventKind fromJsonName(String name) {
        for (EventKind kind : values()) {
            if (kind.jsonName.equalsIgnoreCase(name)) {
                return kind;
            }
        }
        return null;
    }
}
