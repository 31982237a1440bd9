package io.textmfa.rollout;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** One dated event of the channel timeline, with the countries it concerns, its source and confidence. */
public record TimelineEvent(String id, LocalDate date, EventKind kind, Set<String> countries, String title,
                            String source, Confidence confidence) {
    public TimelineEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        countries = countries == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(countries));
        confidence = confidence == null ? Confidence.ASSUMPTION : confidence;
    }
}
