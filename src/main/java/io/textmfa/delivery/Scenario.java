package io.textmfa.delivery;

/** What is simulated: Entra's WhatsApp-first delivery, or the SMS-only baseline. */
public enum Scenario {
    WHATSAPP_FIRST("whatsapp-first"),
    SMS_ONLY("sms-only");

    private final String cliName;

    Scenario(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Scenario fromCliName(String name) {
        for (Scenario scenario : values()) {
            if (scenario.cliName.equalsIgnoreCase(name)) {
                return scenario;
            }
        }
        return null;
    }
}
