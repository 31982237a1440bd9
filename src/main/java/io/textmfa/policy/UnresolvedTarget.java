package io.textmfa.policy;

import io.textmfa.tenant.TargetType;

/** A policy target that names a group or user the snapshot does not hold, with why it matters. */
public record UnresolvedTarget(boolean include, TargetType targetType, String id, String reason) {
    /** One sentence for the user, e.g. "The SMS policy includes group 5f0d…, a group that is not in the directory ...". */
    public String sentence() {
        return "The SMS policy " + (include ? "includes " : "excludes ") + targetType.graphName() + " " + id + ", " + reason;
    }
}
