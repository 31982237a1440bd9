package io.textmfa.rollout;

import io.textmfa.policy.SmsScopeResolver;
import io.textmfa.tenant.PhoneMethod;
import io.textmfa.tenant.PhoneType;
import io.textmfa.tenant.SnapshotSource;
import io.textmfa.tenant.SourceState;
import io.textmfa.tenant.SourceStatus;
import io.textmfa.tenant.Tenant;
import io.textmfa.tenant.TenantCollection;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;
import io.textmfa.tenant.UserRegistrationDetails;
import io.textmfa.tenant.AuthenticationMethodsPolicy;
import io.textmfa.tenant.Group;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.demo.TenantGenerator;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.textmfa.tenant.TenantFixture.excludeGroup;
import static io.textmfa.tenant.TenantFixture.includeGroup;
import static org.assertj.core.api.Assertions.assertThat;

class RolloutProjectionTest {
    private static final Clock DEC_4_2026 = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    private static final ChannelTimeline TIMELINE = ChannelTimeline.builtIn();

    private static User user(String id, String usageLocation, String mobilePhone) {
        return new User(id, id, id + "@x", true, "Member", usageLocation, null, mobilePhone, List.of());
    }

    /** Users: in-scope India (mobile method), US, no phone, invalid, office only; out of scope GB, and an excluded GB user. */
    private static TenantSnapshot tenant() {
        List<User> users = List.of(user("india", "IN", null), user("usa", "US", "+1 201 555 0123"),
                user("nophone", "NZ", null), user("invalid", "NZ", "12345"), user("office", "IN", null),
                user("london", "GB", "07400 123456"), user("guard", "GB", "07400 654321"));
        Map<String, List<PhoneMethod>> phones = new LinkedHashMap<>();
        phones.put("india", List.of(new PhoneMethod("m", "+91 9812345678", PhoneType.MOBILE, "ready")));
        phones.put("office", List.of(new PhoneMethod("o", "+91 2223456789", PhoneType.OFFICE, "notSupported")));
        List<Group> groups = List.of(new Group("g-sms", "SMS users", List.of("india", "usa", "nophone", "invalid", "office")),
                new Group("g-guard", "Break-glass", List.of("guard")),
                new Group("g-uk", "UK wave", List.of("london", "guard")));
        SmsMethodConfiguration sms = new SmsMethodConfiguration("Sms", "enabled", List.of(includeGroup("g-sms", false)),
                List.of(excludeGroup("g-guard")));
        List<UserRegistrationDetails> registrations = List.of(
                new UserRegistrationDetails("india", "india@x", false, true, List.of("mobilePhone"), "sms"),
                new UserRegistrationDetails("usa", "usa@x", false, true, List.of("mobilePhone", "microsoftAuthenticatorPush"), "push"),
                new UserRegistrationDetails("office", "office@x", false, true, List.of("officePhone"), "voiceOffice"));
        Map<TenantCollection, SourceState> sources = new EnumMap<>(TenantCollection.class);
        for (TenantCollection collection : TenantCollection.values()) {
            sources.put(collection, SourceState.COMPLETE);
        }
        return new TenantSnapshot(Instant.parse("2026-12-01T00:00:00Z"), SnapshotSource.FILE, new Tenant("t", "T", null),
                List.of(), users, groups, phones, registrations, new AuthenticationMethodsPolicy("migrationComplete", sms, List.of()),
                sources);
    }

    private static RolloutResult at(TenantSnapshot snapshot, WavePlan waves, String date) {
        return RolloutProjection.at(snapshot, PhoneBook.of(snapshot), SmsScopeResolver.resolve(snapshot), TIMELINE, waves,
                LocalDate.parse(date), DEC_4_2026);
    }

    private static Map<String, Channel> channels(RolloutResult result) {
        Map<String, Channel> byUser = new LinkedHashMap<>();
        result.users().forEach(u -> byUser.put(u.user().id(), u.channel()));
        return byUser;
    }

    @Test
    void eachUserGetsTheChannelOfTheDay() {
        Map<String, Channel> channels = channels(at(tenant(), WavePlan.EMPTY, "2026-12-04"));

        assertThat(channels).containsExactly(Map.entry("india", Channel.WHATSAPP_FIRST), Map.entry("usa", Channel.SMS),
                Map.entry("nophone", Channel.NO_PHONE), Map.entry("invalid", Channel.INVALID_PHONE),
                Map.entry("office", Channel.VOICE_ONLY), Map.entry("london", Channel.NOT_IN_SCOPE),
                Map.entry("guard", Channel.NOT_IN_SCOPE));
    }

    @Test
    void indiaFallsBackToSmsWhileWhatsAppIsPaused() {
        assertThat(channels(at(tenant(), WavePlan.EMPTY, "2024-06-01"))).containsEntry("india", Channel.SMS);
        assertThat(channels(at(tenant(), WavePlan.EMPTY, "2024-12-01"))).containsEntry("india", Channel.WHATSAPP_FIRST);
        assertThat(channels(at(tenant(), WavePlan.EMPTY, "2023-09-01"))).containsEntry("india", Channel.SMS);
    }

    @Test
    void afterTheRetirementCodesNeedACustomerProvider() {
        Map<String, Channel> before = channels(at(tenant(), WavePlan.EMPTY, "2027-01-31"));
        Map<String, Channel> after = channels(at(tenant(), WavePlan.EMPTY, "2027-02-01"));

        assertThat(before).containsEntry("india", Channel.WHATSAPP_FIRST).containsEntry("usa", Channel.SMS);
        assertThat(after).containsEntry("india", Channel.RETIRED).containsEntry("usa", Channel.RETIRED)
                .containsEntry("nophone", Channel.NO_PHONE).containsEntry("london", Channel.NOT_IN_SCOPE);
    }

    @Test
    void aWaveBringsItsGroupIntoScopeFromItsDateButExclusionsStillWin() {
        WavePlan plan = new WavePlan(List.of(new Wave("UK", LocalDate.parse("2027-01-10"), Set.of("GB"), "g-uk")));

        assertThat(channels(at(tenant(), plan, "2027-01-09"))).containsEntry("london", Channel.NOT_IN_SCOPE);
        RolloutResult onTheDay = at(tenant(), plan, "2027-01-10");
        assertThat(channels(onTheDay)).containsEntry("london", Channel.SMS).containsEntry("guard", Channel.NOT_IN_SCOPE);
        UserChannel london = onTheDay.users().stream().filter(u -> u.user().id().equals("london")).findFirst().orElseThrow();
        assertThat(london.wave()).isEqualTo("UK");
        assertThat(london.reason()).startsWith("Enabled by wave \"UK\"; codes go by SMS");
        assertThat(onTheDay.countries()).filteredOn(c -> c.country().equals("GB")).singleElement()
                .extracting(CountryRollout::wave).isEqualTo("UK");
    }

    @Test
    void aWaveWithoutAKnownGroupEnablesItsCountries() {
        WavePlan plan = new WavePlan(List.of(new Wave("UK", LocalDate.parse("2027-01-10"), Set.of("GB"), "g-deleted")));

        assertThat(channels(at(tenant(), plan, "2027-01-10"))).containsEntry("london", Channel.SMS)
                .containsEntry("guard", Channel.NOT_IN_SCOPE);
    }

    @Test
    void countriesSumTheirUsersByChannelAndKnowTheirOptInAndWhatsAppStart() {
        RolloutResult result = at(tenant(), WavePlan.EMPTY, "2026-12-04");

        CountryRollout india = result.countries().stream().filter(c -> c.country().equals("IN")).findFirst().orElseThrow();
        assertThat(india.users()).isEqualTo(2);
        assertThat(india.inScope()).isEqualTo(2);
        assertThat(india.count(Channel.WHATSAPP_FIRST)).isEqualTo(1);
        assertThat(india.count(Channel.VOICE_ONLY)).isEqualTo(1);
        assertThat(india.optInRequired()).isTrue();
        assertThat(india.whatsappStart()).isEqualTo(LocalDate.parse("2023-09-15"));
        CountryRollout nz = result.countries().stream().filter(c -> c.country().equals("NZ")).findFirst().orElseThrow();
        assertThat(nz.count(Channel.NO_PHONE) + nz.count(Channel.INVALID_PHONE)).as("counted by usage location").isEqualTo(2);
        assertThat(result.users()).filteredOn(u -> u.user().id().equals("invalid")).singleElement()
                .extracting(UserChannel::countrySource).isEqualTo(CountrySource.USAGE_LOCATION);
        assertThat(result.countries().stream().mapToInt(CountryRollout::users).sum()).isEqualTo(7);
    }

    @Test
    void readinessCountsPhoneOnlyUsersAndTheDaysLeft() {
        Readiness readiness = at(tenant(), WavePlan.EMPTY, "2026-12-04").readiness();

        assertThat(readiness.phoneOnly()).isEqualTo(2);
        assertThat(readiness.daysToRetirement()).isEqualTo(59);
        assertThat(readiness.banner()).isEqualTo("Microsoft-provided SMS ends in 59 days (2027-02-01): 2 users have only phone methods.");
    }

    @Test
    void unreadRegistrationDetailsMakePhoneOnlyUsersUnknown() {
        TenantSnapshot base = tenant();
        Map<TenantCollection, SourceState> sources = new EnumMap<>(base.sources());
        sources.put(TenantCollection.USER_REGISTRATION_DETAILS, new SourceState(SourceStatus.FORBIDDEN, "AuditLog.Read.All"));
        TenantSnapshot forbidden = new TenantSnapshot(base.capturedAt(), base.source(), base.tenant(), base.subscribedSkus(),
                base.users(), base.groups(), base.phoneMethods(), List.of(), base.authenticationMethodsPolicy(), sources);

        assertThat(at(forbidden, WavePlan.EMPTY, "2026-12-04").readiness().banner())
                .endsWith("registration details were not read, so phone-only users are unknown.");
    }

    @Test
    void theDemoTenantShowsWhatsAppForItsThreeCountriesOnly() {
        TenantSnapshot demo = TenantGenerator.demoTenant();
        RolloutResult result = RolloutProjection.at(demo, TIMELINE, WavePlan.EMPTY, LocalDate.parse("2026-12-04"));

        assertThat(result.users()).filteredOn(u -> u.channel() == Channel.WHATSAPP_FIRST)
                .isNotEmpty().allMatch(u -> Set.of("IN", "ID", "NZ").contains(u.country()));
        assertThat(result.count(Channel.SMS)).isPositive();
        assertThat(result.countries().stream().mapToInt(CountryRollout::users).sum()).isEqualTo(2500);
    }
}
