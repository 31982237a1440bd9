package io.textmfa.tenant;

/** What a policy target names: a group (or {@code all_users}) or a single user. */
public enum TargetType {
    GROUP("group"),
    USER("user");

    private final String graphName;

    TargetType(String graphName) {
        this.graphName = graphName;
    }

    public String graphName() {
        return graphName;
    }

    public static TargetType fromGraphName(String name) {
        for (TargetType type : values()) {
            if (type.graphName.equalsIgnoreCase(name)) {
                return type;
            }
        }
        return null;
    }
}
