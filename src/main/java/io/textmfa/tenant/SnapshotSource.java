package io.textmfa.tenant;

/** Where a snapshot's data came from. */
public enum SnapshotSource {
    DEMO("demo"),
    GRAPH("graph"),
    FILE("file");

    private final String jsonName;

    SnapshotSource(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static SnapshotSource fromJsonName(String name) {
        for (SnapshotSource source : values()) {
            if (source.jsonName.equalsIgnoreCase(name)) {
                return source;
            }
        }
        return null;
    }
}
