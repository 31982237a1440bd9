package io.textmfa.tenant;

import java.util.Objects;

/** A target the SMS method is enabled for; {@code isUsableForSignIn} allows SMS as primary sign-in. */
public record IncludeTarget(TargetType targetType, String id, boolean isUsableForSignIn) {
    public static final String ALL_USERS = "all_users";

    public IncludeTarget {
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(id, "id");
    }

    public boolean isAllUsers() {
        return ALL_USERS.equals(id);
    }
}
