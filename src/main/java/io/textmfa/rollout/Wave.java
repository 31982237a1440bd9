package io.textmfa.rollout;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One stage of the organisation's own enablement: from {@code date} on, the group that carries the
 * wave in the SMS policy (its members, or when the group is not in the snapshot, the users whose
 * phone is in one of {@code countries}) are in SMS scope.
 */
public record Wave(String name, LocalDate date, Set<String> countries, String groupId) {
    public Wave {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        countries = countries == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(countries));
    }
}
