package io.textmfa.tenant;

import java.util.List;
import java.util.Optional;

/**
 * The tenant's authentication methods policy: its migration state, the SMS configuration (absent
 * when the policy holds none) and the other method configurations.
 */
public record AuthenticationMethodsPolicy(String policyMigrationState, SmsMethodConfiguration sms,
                                          List<MethodConfiguration> otherMethods) {
    public AuthenticationMethodsPolicy {
        otherMethods = otherMethods == null ? List.of() : List.copyOf(otherMethods);
    }

    public Optional<SmsMethodConfiguration> smsConfiguration() {
        return Optional.ofNullable(sms);
    }
}
