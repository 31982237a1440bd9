package io.textmfa.tenant;

import java.util.Objects;

/** A target the SMS method is disabled for; exclusion wins over inclusion. */
public record ExcludeTarget(TargetType targetType, String id) {
    public ExcludeTarget {
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(id, "id");
    }
}
