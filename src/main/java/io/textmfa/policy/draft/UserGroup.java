package io.textmfa.policy.draft;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A set of users the what-if names (e.g. "gain SMS MFA"), with the count per country. */
public record UserGroup(String name, List<String> userIds, Map<String, Integer> byCountry) {
    public UserGroup {
        userIds = List.copyOf(userIds);
        byCountry = Collections.unmodifiableMap(new TreeMap<>(byCountry));
    }

    public int count() {
        return userIds.size();
    }
}
