package io.textmfa.delivery;

/** The channel a code actually went out on (or none when it could not be sent). */
public enum DeliveryChannel {
    WHATSAPP("whatsapp"),
    SMS("sms"),
    VOICE("voice"),
    PROVIDER("provider"),
    NONE("none");

    private final String jsonName;

    DeliveryChannel(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
