package io.textmfa.rollout;

import java.util.List;

/** The organisation's waves, in the order the admin planned them. */
public record WavePlan(List<Wave> waves) {
    public static final WavePlan EMPTY = new WavePlan(List.of());

    public WavePlan {
        waves = waves == null ? List.of() : List.copyOf(waves);
    }
}
