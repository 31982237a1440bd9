package io.textmfa.tenant;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the console knows about one tenant at one moment, whichever source it came from
 * (demo generator, snapshot file or Microsoft Graph). Immutable; engines take it as input.
 */
public record TenantSnapshot(Instant capturedAt, SnapshotSource source, Tenant tenant,
                             List<SubscribedSku> subscribedSkus, List<User> users, List<Group> groups,
                             Map<String, List<PhoneMethod>> phoneMethods,
                             List<UserRegistrationDetails> userRegistrationDetails,
                             AuthenticationMethodsPolicy authenticationMethodsPolicy,
                             Map<TenantCollection, SourceState> sources) {
    public static final String FORMAT = "textmfa-snapshot";
    public static final int VERSION = 1;

    public TenantSnapshot {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(source, "source");
        subscribedSkus = subscribedSkus == null ? List.of() : List.copyOf(subscribedSkus);
        users = users == null ? List.of() : List.copyOf(users);
        groups = groups == null ? List.of() : List.copyOf(groups);
        phoneMethods = phoneMethods == null ? Map.of() : Map.copyOf(phoneMethods);
        userRegistrationDetails = userRegistrationDetails == null ? List.of() : List.copyOf(userRegistrationDetails);
        EnumMap<TenantCollection, SourceState> states = new EnumMap<>(TenantCollection.class);
        if (sources != null) {
            states.putAll(sources);
        }
        sources = java.util.Collections.unmodifiableMap(states);
    }

    /** The state of a collection; a collection the snapshot does not describe counts as not requested. */
    public SourceState sourceState(TenantCollection collection) {
        return sources.getOrDefault(collection, SourceState.NOT_REQUESTED);
    }

    public List<PhoneMethod> phoneMethodsOf(String userId) {
        return phoneMethods.getOrDefault(userId, List.of());
    }

    public Optional<AuthenticationMethodsPolicy> policy() {
        return Optional.ofNullable(authenticationMethodsPolicy);
    }

    /** Registration details by user id, built on each call: callers that need it often keep it. */
    public Map<String, UserRegistrationDetails> registrationDetailsById() {
        Map<String, UserRegistrationDetails> byId = new HashMap<>(userRegistrationDetails.size() * 2);
        for (UserRegistrationDetails details : userRegistrationDetails) {
            byId.put(details.id(), details);
        }
        return byId;
    }

    /** Number of items of a collection (users, SKUs, ...); the policy counts its method configurations. */
    public int count(TenantCollection collection) {
        return switch (collection) {
            case SUBSCRIBED_SKUS -> subscribedSkus.size();
            case USERS -> users.size();
            case GROUPS -> groups.size();
            case PHONE_METHODS -> phoneMethods.values().stream().mapToInt(List::size).sum();
            case USER_REGISTRATION_DETAILS -> userRegistrationDetails.size();
            case AUTHENTICATION_METHODS_POLICY -> authenticationMethodsPolicy == null ? 0
                    : authenticationMethodsPolicy.otherMethods().size()
                    + (authenticationMethodsPolicy.sms() == null ? 0 : 1);
        };
    }
}
