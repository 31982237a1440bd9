package io.textmfa.rollout;

import io.textmfa.policy.SmsScope;
import io.textmfa.policy.SmsScopeResolver;
import io.textmfa.tenant.Group;
import io.textmfa.tenant.TenantCollection;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;
import io.textmfa.tenant.UserRegistrationDetails;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Projects every user's delivery channel on a date: the SMS policy as it stands plus the waves dated
 * on or before that date (exclusions still win), the user's phone, and Microsoft's timeline. Phones
 * are resolved once per snapshot ({@link PhoneBook}) so that a new date re-projects quickly.
 */
public final class RolloutProjection {
    private RolloutProjection() {
    }

    public static RolloutResult at(TenantSnapshot snapshot, ChannelTimeline timeline, WavePlan waves, LocalDate date) {
        return at(snapshot, PhoneBook.of(snapshot), SmsScopeResolver.resolve(snapshot), timeline, waves, date,
                Clock.systemUTC());
    }

    public static RolloutResult at(TenantSnapshot snapshot, PhoneBook phones, SmsScope scope, ChannelTimeline timeline,
                                   WavePlan waves, LocalDate date, Clock clock) {
        List<ActiveWave> active = activeWaves(snapshot, phones, waves, date);
        LocalDate retirement = timeline.retirementDate().orElse(null);
        boolean retired = retirement != null && !date.isBefore(retirement);
        Map<String, Tally> tallies = new TreeMap<>();
        List<UserChannel> users = new ArrayList<>(snapshot.users().size());
        for (User user : snapshot.users()) {
            ResolvedPhone phone = phones.get(user.id());
            String country;
            CountrySource countrySource;
            if (phone.isValid()) {
                country = phone.country();
                countrySource = CountrySource.PHONE;
            } else if (user.usageLocation() != null && !user.usageLocation().isBlank()) {
                country = user.usageLocation().strip().toUpperCase(java.util.Locale.ROOT);
                countrySource = CountrySource.USAGE_LOCATION;
            } else {
                country = UserChannel.UNKNOWN_COUNTRY;
                countrySource = CountrySource.UNKNOWN;
            }
            String wave = null;
            boolean inScope = scope.contains(user.id());
            if (!inScope && !scope.excludedUsers().contains(user.id())) {
                for (ActiveWave candidate : active) {
                    if (candidate.members().contains(user.id())) {
                        wave = candidate.wave().name();
                        inScope = true;
                        break;
                    }
                }
            }
            Channel channel = channel(inScope, phone, retired, timeline, date);
            users.add(new UserChannel(user, phone, country, countrySource, channel, inScope, wave));
            tallies.computeIfAbsent(country, c -> new Tally()).add(channel, inScope);
        }
        List<CountryRollout> countries = new ArrayList<>(tallies.size());
        Map<String, String> waveOfCountry = new HashMap<>();
        for (Wave wave : waves.waves()) {
            wave.countries().forEach(c -> waveOfCountry.putIfAbsent(c, wave.name()));
        }
        tallies.forEach((country, tally) -> countries.add(new CountryRollout(country, tally.users, tally.inScope,
                tally.channels, timeline.whatsappStart(country).orElse(null), timeline.requiresOptIn(country),
                waveOfCountry.get(country))));
        return new RolloutResult(date, users, countries, readiness(snapshot, retirement, clock));
    }

    private static Channel channel(boolean inScope, ResolvedPhone phone, boolean retired, ChannelTimeline timeline,
                                   LocalDate date) {
        if (!inScope) {
            return Channel.NOT_IN_SCOPE;
        }
        if (phone.validity() == PhoneValidity.MISSING) {
            return Channel.NO_PHONE;
        }
        if (!phone.isValid()) {
            return Channel.INVALID_PHONE;
        }
        if (retired) {
            // Microsoft-provided voice ends with SMS, so voice-only users are retired too.
            return Channel.RETIRED;
        }
        if (!phone.receivesText()) {
            return Channel.VOICE_ONLY;
        }
        return timeline.whatsappActive(phone.country(), date) ? Channel.WHATSAPP_FIRST : Channel.SMS;
    }

    private record ActiveWave(Wave wave, Set<String> members) {
    }

    /** Waves dated on or before the date, each with its members: its group's, else users phoned in its countries. */
    private static List<ActiveWave> activeWaves(TenantSnapshot snapshot, PhoneBook phones, WavePlan plan, LocalDate date) {
        List<ActiveWave> active = new ArrayList<>();
        Map<String, Group> groups = new HashMap<>();
        snapshot.groups().forEach(g -> groups.put(g.id(), g));
        for (Wave wave : plan.waves()) {
            if (wave.date().isAfter(date)) {
                continue;
            }
            Group group = wave.groupId() == null ? null : groups.get(wave.groupId());
            Set<String> members = new HashSet<>();
            if (group != null) {
                members.addAll(group.members());
            } else if (!wave.countries().isEmpty()) {
                for (User user : snapshot.users()) {
                    ResolvedPhone phone = phones.get(user.id());
                    String country = phone.isValid() ? phone.country()
                            : user.usageLocation() == null ? null : user.usageLocation().strip().toUpperCase(java.util.Locale.ROOT);
                    if (country != null && wave.countries().contains(country)) {
                        members.add(user.id());
                    }
                }
            }
            active.add(new ActiveWave(wave, members));
        }
        return active;
    }

    private static Readiness readiness(TenantSnapshot snapshot, LocalDate retirement, Clock clock) {
        boolean known = snapshot.sourceState(TenantCollection.USER_REGISTRATION_DETAILS).state().isComplete();
        int phoneOnly = 0;
        for (UserRegistrationDetails details : snapshot.userRegistrationDetails()) {
            if (details.isPhoneOnly()) {
                phoneOnly++;
            }
        }
        long days = retirement == null ? -1 : ChronoUnit.DAYS.between(LocalDate.now(clock), retirement);
        return new Readiness(phoneOnly, retirement, days, known);
    }

    /** Counts one country's users as they are projected. */
    private static final class Tally {
        int users;
        int inScope;
        final Map<Channel, Integer> channels = new EnumMap<>(Channel.class);

        void add(Channel channel, boolean scoped) {
            users++;
            if (scoped) {
                inScope++;
            }
            channels.merge(channel, 1, Integer::sum);
        }
    }
}
