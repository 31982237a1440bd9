package io.textmfa.ui.licenses;

/** The verdict filter of the Licenses view. */
public enum VerdictFilter {
    ALL("All verdicts"),
    ELIGIBLE("Eligible"),
    NOT_ELIGIBLE("Not eligible");

    private final String label;

    VerdictFilter(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
