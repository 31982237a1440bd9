package io.textmfa.policy;

import io.textmfa.tenant.IncludeTarget;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who the SMS authentication method is enabled for: the users in scope, those of them allowed to
 * use SMS sign-in, the users its exclude targets keep out, the include target that brought each
 * user in, and every target that could not be resolved against the snapshot.
 */
public record SmsScope(boolean policyPresent, boolean enabled, Set<String> users, Set<String> signInUsers,
                       Set<String> excludedUsers, Map<String, IncludeTarget> includedBy, Map<String, String> targetNames,
                       List<UnresolvedTarget> unresolvedTargets) {
    public SmsScope {
        // Wrapped, not copied: the resolver hands over sets it no longer touches, and 100k-user
        // scopes are resolved on every audit.
        users = Collections.unmodifiableSet(users);
        signInUsers = Collections.unmodifiableSet(signInUsers);
        excludedUsers = Collections.unmodifiableSet(excludedUsers);
        includedBy = Collections.unmodifiableMap(includedBy);
        targetNames = Collections.unmodifiableMap(targetNames);
        unresolvedTargets = List.copyOf(unresolvedTargets);
    }

    public boolean contains(String userId) {
        return users.contains(userId);
    }

    public boolean allowsSignIn(String userId) {
        return signInUsers.contains(userId);
    }

    /** How a user came into scope: "group Frontline Workers", "all users" or "a direct user target". */
    public Optional<String> via(String userId) {
        IncludeTarget target = includedBy.get(userId);
        if (target == null) {
            return Optional.empty();
        }
        if (target.isAllUsers()) {
            return Optional.of("all users");
        }
        return Optional.of(switch (target.targetType()) {
            case GROUP -> "group " + targetNames.getOrDefault(target.id(), target.id());
            case USER -> "a direct user target";
        });
    }
}
