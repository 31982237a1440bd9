package io.textmfa.tenant;

import java.util.List;
import java.util.Objects;

/**
 * A directory user with the Graph v1.0 properties the console needs. {@code mobilePhone} is the
 * profile field, not an authentication method; it is often written without a country code.
 */
public record User(String id, String displayName, String userPrincipalName, boolean accountEnabled,
                   String userType, String usageLocation, String country, String mobilePhone,
                   List<AssignedLicense> assignedLicenses) {
    public static final String GUEST = "Guest";

    public User {
        Objects.requireNonNull(id, "id");
        assignedLicenses = assignedLicenses == null ? List.of() : List.copyOf(assignedLicenses);
    }

    public boolean isGuest() {
        return GUEST.equalsIgnoreCase(userType);
    }
}
