package io.textmfa.tenant;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class TenantOverviewTest {
    private static User user(String id, boolean enabled, String type, String location) {
        return new User(id, id, id + "@x", enabled, type, location, null, null, List.of());
    }

    private static final List<User> USERS = List.of(
            user("a", true, "Member", "IN"), user("b", true, "Member", "IN"),
            user("c", false, "Member", "NZ"), user("d", true, "Guest", null));
    private static final List<UserRegistrationDetails> REGISTRATIONS = List.of(
            new UserRegistrationDetails("a", "a@x", true, true, List.of("mobilePhone"), "sms"),
            new UserRegistrationDetails("b", "b@x", false, true, List.of("mobilePhone", "microsoftAuthenticatorPush"), "push"),
            new UserRegistrationDetails("c", "c@x", false, false, List.of(), "none"));
    private static final Map<String, List<PhoneMethod>> PHONES = Map.of(
            "a", List.of(new PhoneMethod("m", "+91 9812345678", PhoneType.MOBILE, "ready")),
            "b", List.of(new PhoneMethod("m", "+91 9812345679", PhoneType.MOBILE, "ready")),
            "ghost", List.of(new PhoneMethod("m", "+91 9812345670", PhoneType.MOBILE, "ready")));

    private static TenantSnapshot snapshot(SourceStatus registrations, SourceStatus phones) {
        return new TenantSnapshot(null, SnapshotSource.FILE, new Tenant("t", "T", null), List.of(), USERS, List.of(),
                PHONES, REGISTRATIONS, null, Map.of(TenantCollection.USERS, SourceState.COMPLETE,
                TenantCollection.USER_REGISTRATION_DETAILS, new SourceState(registrations, null),
                TenantCollection.PHONE_METHODS, new SourceState(phones, null)));
    }

    @Test
    void countsUsersGuestsAdminsPhonesAndCountries() {
        TenantOverview overview = TenantOverview.of(snapshot(SourceStatus.COMPLETE, SourceStatus.COMPLETE));

        assertThat(overview.users()).isEqualTo(4);
        assertThat(overview.enabledUsers()).isEqualTo(3);
        assertThat(overview.guests()).isEqualTo(1);
        assertThat(overview.admins()).hasValue(1);
        assertThat(overview.usersWithPhone()).as("a phone of a user not in the snapshot is not counted").hasValue(2);
        assertThat(overview.phoneOnlyUsers()).hasValue(1);
        assertThat(overview.usersByCountry()).containsExactly(Map.entry("IN", 2), Map.entry("??", 1), Map.entry("NZ", 1));
    }

    @Test
    void countsFromACollectionThatWasNotReadAreUnknownNotZero() {
        TenantOverview overview = TenantOverview.of(snapshot(SourceStatus.FORBIDDEN, SourceStatus.NOT_REQUESTED));

        assertThat(overview.admins()).isEqualTo(OptionalInt.empty());
        assertThat(overview.phoneOnlyUsers()).isEqualTo(OptionalInt.empty());
        assertThat(overview.usersWithPhone()).isEqualTo(OptionalInt.empty());
    }

    @Test
    void phoneCountFallsBackToTheRegistrationReport() {
        TenantOverview overview = TenantOverview.of(snapshot(SourceStatus.COMPLETE, SourceStatus.FORBIDDEN));

        assertThat(overview.usersWithPhone()).hasValue(2);
    }
}
