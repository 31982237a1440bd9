package io.textmfa.ui.licenses;

import io.textmfa.tenant.User;

/** The account filter of the Licenses view: all, enabled, disabled, members or guests. */
public enum AccountFilter {
    ALL("All accounts"),
    ENABLED("Enabled"),
    DISABLED("Disabled"),
    MEMBERS("Members"),
    GUESTS("Guests");

    private final String label;

    AccountFilter(String label) {
        this.label = label;
    }

    boolean accepts(User user) {
        return switch (this) {
            case ALL -> true;
            case ENABLED -> user.accountEnabled();
            case DISABLED -> !user.accountEnabled();
            case MEMBERS -> !user.isGuest();
            case GUESTS -> user.isGuest();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
