package io.textmfa.tenant;

/** How completely a collection could be read. A collection that was not read is never shown as empty. */
public enum SourceStatus {
    COMPLETE("complete", "Complete"),
    PARTIAL("partial", "Partial"),
    FORBIDDEN("forbidden", "Forbidden"),
    UNLICENSED("unlicensed", "Tenant not licensed"),
    NOT_REQUESTED("notRequested", "Not requested");

    private final String jsonName;
    private final String label;

    SourceStatus(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }

    /** True when the data of the collection can be trusted to be all there is. */
    public boolean isComplete() {
        return this == COMPLETE;
    }

    public static SourceStatus fromJsonName(String name) {
        for (SourceStatus status : values()) {
            if (status.jsonName.equals(name)) {
                return status;
            }
        }
        return null;
    }
}
