package io.textmfa.tenant;

import java.util.Objects;

/** The directory (organisation) a snapshot was taken from. */
public record Tenant(String id, String displayName, String defaultDomain) {
    public Tenant {
        Objects.requireNonNull(displayName, "displayName");
    }
}
