package io.textmfa.tenant;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A user's registered authentication methods, from Graph's {@code userRegistrationDetails} report. */
public record UserRegistrationDetails(String id, String userPrincipalName, boolean isAdmin, boolean isMfaRegistered,
                                      List<String> methodsRegistered,
                                      String userPreferredMethodForSecondaryAuthentication) {
    /** The methods that rely on a phone number, and so end with Microsoft-provided SMS and voice. */
    public static final Set<String> PHONE_METHODS = Set.of("mobilePhone", "alternateMobilePhone", "officePhone");

    public UserRegistrationDetails {
        Objects.requireNonNull(id, "id");
        methodsRegistered = methodsRegistered == null ? List.of() : List.copyOf(methodsRegistered);
    }

    /** Registered with at least one method, every one of them a phone method. */
    public boolean isPhoneOnly() {
        if (methodsRegistered.isEmpty()) {
            return false;
        }
        for (String method : methodsRegistered) {
            if (!PHONE_METHODS.contains(method)) {
                return false;
            }
        }
        return true;
    }

    public boolean hasPhoneMethod() {
        for (String method : methodsRegistered) {
            if (PHONE_METHODS.contains(method)) {
                return true;
            }
        }
        return false;
    }
}
