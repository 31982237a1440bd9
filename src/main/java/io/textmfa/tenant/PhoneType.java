package io.textmfa.tenant;

import java.util.Locale;

/** Graph's {@code authenticationPhoneType}: only {@code mobile} receives text messages. */
public enum PhoneType {
    MOBILE("mobile", true),
    ALTERNATE_MOBILE("alternateMobile", false),
    OFFICE("office", false);

    private final String graphName;
    private final boolean receivesText;

    PhoneType(String graphName, boolean receivesText) {
        this.graphName = graphName;
        this.receivesText = receivesText;
    }

    public String graphName() {
        return graphName;
    }

    /** Mobile numbers get SMS and voice; alternate mobile and office numbers get voice only. */
    public boolean receivesText() {
        return receivesText;
    }

    /** The type for Graph's name, case-insensitively, or {@code null} when unknown. */
    public static PhoneType fromGraphName(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (PhoneType type : values()) {
            if (type.graphName.toLowerCase(Locale.ROOT).equals(lower)) {
                return type;
            }
        }
        return null;
    }
}
