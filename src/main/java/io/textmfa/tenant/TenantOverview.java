package io.textmfa.tenant;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The headline numbers of a snapshot, shared by the Overview view and {@code textmfa snapshot info}.
 * A count that depends on a collection which could not be read completely is empty, never zero.
 */
public record TenantOverview(int users, int enabledUsers, int guests, OptionalInt admins, int skus,
                             OptionalInt usersWithPhone, OptionalInt phoneOnlyUsers,
                             Map<String, Integer> usersByCountry) {
    /** The key of users without a usage location in {@link #usersByCountry()}. */
    public static final String UNKNOWN_COUNTRY = "??";

    public TenantOverview {
        usersByCountry = Collections.unmodifiableMap(new LinkedHashMap<>(usersByCountry));
    }

    public static TenantOverview of(TenantSnapshot snapshot) {
        int enabled = 0;
        int guests = 0;
        Map<String, Integer> byCountry = new TreeMap<>();
        for (User user : snapshot.users()) {
            if (user.accountEnabled()) {
                enabled++;
            }
            if (user.isGuest()) {
                guests++;
            }
            String country = user.usageLocation() == null || user.usageLocation().isBlank()
                    ? UNKNOWN_COUNTRY : user.usageLocation();
            byCountry.merge(country, 1, Integer::sum);
        }
        return new TenantOverview(snapshot.users().size(), enabled, guests, admins(snapshot),
                snapshot.subscribedSkus().size(), usersWithPhone(snapshot), phoneOnly(snapshot),
                sortedByCount(byCountry));
    }

    private static OptionalInt admins(TenantSnapshot snapshot) {
        if (!snapshot.sourceState(TenantCollection.USER_REGISTRATION_DETAILS).state().isComplete()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) snapshot.userRegistrationDetails().stream()
                .filter(UserRegistrationDetails::isAdmin).count());
    }

    private static OptionalInt phoneOnly(TenantSnapshot snapshot) {
        if (!snapshot.sourceState(TenantCollection.USER_REGISTRATION_DETAILS).state().isComplete()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) snapshot.userRegistrationDetails().stream()
                .filter(UserRegistrationDetails::isPhoneOnly).count());
    }

    /** Users with a registered phone method; taken from the registration report when phone methods were not read. */
    private static OptionalInt usersWithPhone(TenantSnapshot snapshot) {
        if (snapshot.sourceState(TenantCollection.PHONE_METHODS).state().isComplete()) {
            Set<String> userIds = new HashSet<>(snapshot.users().size() * 2);
            for (User user : snapshot.users()) {
                userIds.add(user.id());
            }
            int count = 0;
            for (Map.Entry<String, List<PhoneMethod>> entry : snapshot.phoneMethods().entrySet()) {
                if (!entry.getValue().isEmpty() && userIds.contains(entry.getKey())) {
                    count++;
                }
            }
            return OptionalInt.of(count);
        }
        if (snapshot.sourceState(TenantCollection.USER_REGISTRATION_DETAILS).state().isComplete()) {
            return OptionalInt.of((int) snapshot.userRegistrationDetails().stream()
                    .filter(UserRegistrationDetails::hasPhoneMethod).count());
        }
        return OptionalInt.empty();
    }

    private static Map<String, Integer> sortedByCount(Map<String, Integer> byCountry) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        byCountry.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
