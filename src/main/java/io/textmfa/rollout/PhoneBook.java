package io.textmfa.rollout;

import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every user's resolved phone, worked out once per snapshot: parsing 100k numbers takes longer than
 * projecting them, so a date change re-projects without parsing again.
 */
public final class PhoneBook {
    private final Map<String, ResolvedPhone> byUserId;

    private PhoneBook(Map<String, ResolvedPhone> byUserId) {
        this.byUserId = byUserId;
    }

    public static PhoneBook of(TenantSnapshot snapshot) {
        PhoneCountryResolver resolver = new PhoneCountryResolver();
        // libphonenumber is thread-safe; parsing is the slow part, so it uses every core.
        Map<String, ResolvedPhone> phones = snapshot.users().parallelStream().collect(Collectors.toMap(User::id,
                user -> resolver.resolve(user, snapshot.phoneMethodsOf(user.id())), (a, b) -> a,
                () -> new HashMap<>(snapshot.users().size() * 2)));
        return new PhoneBook(phones);
    }

    public ResolvedPhone get(String userId) {
        return byUserId.getOrDefault(userId, ResolvedPhone.MISSING);
    }

    public int size() {
        return byUserId.size();
    }
}
