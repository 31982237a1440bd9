package io.textmfa.ui.rollout;

import java.time.LocalDate;

/** A mark on the timeline chart: an event of Microsoft's timeline or a wave of the organisation. */
public record TimelineMarker(LocalDate date, String label, String detail, Kind kind) {
    /** How the mark is drawn. */
    public enum Kind { MICROSOFT, THIRD_PARTY, ASSUMPTION, RETIREMENT, WAVE }
}
