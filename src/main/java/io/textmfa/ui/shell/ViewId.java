package io.textmfa.ui.shell;

/** The main views, in navigation order; Ctrl+1 to Ctrl+5 select them. */
public enum ViewId {
    OVERVIEW("Overview"),
    LICENSES("Licenses"),
    ROLLOUT("Rollout"),
    POLICY("Policy"),
    DELIVERY("Delivery");

    private final String title;

    ViewId(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The digit of its keyboard shortcut (Ctrl+digit). */
    public int shortcutDigit() {
        return ordinal() + 1;
    }
}
