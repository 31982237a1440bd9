package io.textmfa.tenant;

import java.util.List;
import java.util.Objects;

/** A group with its transitive members (user ids), as needed to resolve policy targets. */
public record Group(String id, String displayName, List<String> members) {
    public Group {
        Objects.requireNonNull(id, "id");
        members = members == null ? List.of() : List.copyOf(members);
    }
}
