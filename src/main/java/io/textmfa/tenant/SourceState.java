package io.textmfa.tenant;

import java.util.Objects;

/** The state of one collection of a snapshot, with a human detail such as the missing permission. */
public record SourceState(SourceStatus state, String detail) {
    public static final SourceState COMPLETE = new SourceState(SourceStatus.COMPLETE, null);
    public static final SourceState NOT_REQUESTED = new SourceState(SourceStatus.NOT_REQUESTED, null);

    public SourceState {
        Objects.requireNonNull(state, "state");
    }
}
