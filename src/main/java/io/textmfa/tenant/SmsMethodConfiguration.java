package io.textmfa.tenant;

import java.util.List;

/** The SMS authentication method configuration ({@code smsAuthenticationMethodConfiguration}). */
public record SmsMethodConfiguration(String id, String state, List<IncludeTarget> includeTargets,
                                     List<ExcludeTarget> excludeTargets) {
    public static final String ODATA_TYPE = "#microsoft.graph.smsAuthenticationMethodConfiguration";

    public SmsMethodConfiguration {
        id = id == null ? "Sms" : id;
        includeTargets = includeTargets == null ? List.of() : List.copyOf(includeTargets);
        excludeTargets = excludeTargets == null ? List.of() : List.copyOf(excludeTargets);
    }

    public boolean isEnabled() {
        return "enabled".equalsIgnoreCase(state);
    }
}
