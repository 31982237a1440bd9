package io.textmfa.tenant;

/** Licence counts of a subscription by state, as Graph's {@code licenseUnitsDetail}. */
public record PrepaidUnits(int enabled, int suspended, int warning, int lockedOut) {
    public static final PrepaidUnits NONE = new PrepaidUnits(0, 0, 0, 0);
}
