package io.textmfa.ui.policy;

import io.textmfa.tenant.IncludeTarget;

/** A group (or All users) the picker offers, with its member count. */
public record GroupChoice(String id, String name, int members) {
    public static final GroupChoice ALL_USERS = new GroupChoice(IncludeTarget.ALL_USERS, "All users", -1);

    @Override
    public String toString() {
        return members < 0 ? name : name + " (" + members + ")";
    }
}
