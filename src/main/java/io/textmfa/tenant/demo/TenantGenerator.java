package io.textmfa.tenant.demo;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.textmfa.tenant.AssignedLicense;
import io.textmfa.tenant.AuthenticationMethodsPolicy;
import io.textmfa.tenant.ExcludeTarget;
import io.textmfa.tenant.Group;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.MethodConfiguration;
import io.textmfa.tenant.PhoneMethod;
import io.textmfa.tenant.PhoneType;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.SnapshotSource;
import io.textmfa.tenant.SourceState;
import io.textmfa.tenant.TargetType;
import io.textmfa.tenant.Tenant;
import io.textmfa.tenant.TenantCollection;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;
import io.textmfa.tenant.UserRegistrationDetails;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generates a believable tenant, the same for the same seed and size: staff in 15 countries, phone
 * numbers in the shapes real directories hold, real Microsoft SKUs (with the licensing pitfalls),
 * guests, disabled accounts, admins, phone-only users, and an SMS policy that targets groups, one
 * of them deleted. The built-in demo tenant is {@link #demoTenant()}.
 */
public final class TenantGenerator {
    public static final int DEMO_USERS = 2500;
    public static final long DEMO_SEED = 20230915L;
    public static final Instant DEMO_CAPTURED_AT = Instant.parse("2026-12-01T09:00:00Z");
    public static final String DEMO_TENANT_NAME = "Contoso";
    /** The id of a group the demo policy still targets although it was deleted from the directory. */
    public static final String DELETED_GROUP_ID = "5f0d9a8e-3c2b-4c1e-9d3b-0a1b2c3d4e5f";

    private final long seed;
    private final DemoPhoneNumbers phones = new DemoPhoneNumbers();

    public TenantGenerator(long seed) {
        this.seed = seed;
    }

    /** The built-in demo tenant ("Contoso", 2,500 users). */
    public static TenantSnapshot demoTenant() {
        return new TenantGenerator(DEMO_SEED).generate(DEMO_USERS);
    }

    public TenantSnapshot generate(int userCount) {
        if (userCount < 0) {
            throw new IllegalArgumentException("userCount must not be negative");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Build build = new Build(userCount);
        for (int i = 0; i < userCount; i++) {
            addUser(build, random, i);
        }
        addBreakGlassMembers(build);
        List<Group> groups = List.of(
                new Group(uuid(random), "SMS MFA - India, Indonesia, New Zealand", build.whatsAppCountryStaff),
                new Group(uuid(random), "Frontline Workers", build.frontline),
                new Group(uuid(random), "Break-glass accounts", build.breakGlass),
                new Group(uuid(random), "All Staff", build.allMembers));
        Map<TenantCollection, SourceState> sources = new EnumMap<>(TenantCollection.class);
        for (TenantCollection collection : TenantCollection.values()) {
            sources.put(collection, SourceState.COMPLETE);
        }
        return new TenantSnapshot(DEMO_CAPTURED_AT, SnapshotSource.DEMO,
                new Tenant(uuid(new SplittableRandom(seed ^ 0x7e4a47L)), DEMO_TENANT_NAME, "contoso.onmicrosoft.com"),
                DemoSkuCounts.subscribedSkus(build.users, random), build.users, groups, build.phoneMethods,
                build.registrations, policy(groups), sources);
    }

    private void addUser(Build build, SplittableRandom random, int index) {
        DemoCountry country = pickCountry(random);
        String given = country.givenNames().get(random.nextInt(country.givenNames().size()));
        String surname = country.surnames().get(random.nextInt(country.surnames().size()));
        String id = uuid(random);
        int persona = random.nextInt(100);
        boolean guest = persona < 4;
        boolean frontline = !guest && persona < 34;
        String mailName = ascii(given + "." + surname) + (index + 1);
        String upn = guest
                ? mailName + "_fabrikam.com#EXT#@contoso.onmicrosoft.com"
                : mailName + "@contoso.com";
        boolean enabled = guest || random.nextInt(100) >= 3;
        String usageLocation = random.nextInt(100) < 3 ? null : country.iso();
        List<AssignedLicense> licenses = guest ? List.of() : licenses(random, frontline);
        PhoneNumber mobile = phones.valid(country.iso(), PhoneNumberType.MOBILE, random);
        String profilePhone = profilePhone(random, mobile);
        build.users.add(new User(id, given + " " + surname, upn, enabled, guest ? User.GUEST : "Member",
                usageLocation, country.name(), profilePhone, licenses));
        if (!guest) {
            build.allMembers.add(id);
            if (frontline) {
                build.frontline.add(id);
            }
            if (Set.of("IN", "ID", "NZ").contains(country.iso()) && random.nextInt(100) < 85) {
                build.whatsAppCountryStaff.add(id);
            }
        }
        DemoRegistration.register(build, random, id, upn, guest, mobile, country, phones);
    }

    private static String profilePhone(SplittableRandom random, PhoneNumber mobile) {
        int roll = random.nextInt(100);
        if (roll < 20 || mobile == null) {
            return null;
        }
        if (roll < 25) {
            return DemoPhoneNumbers.invalid(random);
        }
        return DemoPhoneNumbers.profileFormat(mobile, random);
    }

    private static List<AssignedLicense> licenses(SplittableRandom random, boolean frontline) {
        List<AssignedLicense> licenses = new ArrayList<>(3);
        int roll = random.nextInt(100);
        if (frontline) {
            if (roll < 55) {
                licenses.add(license(DemoCatalog.M365_F3));
            } else if (roll < 75) {
                licenses.add(license(DemoCatalog.M365_F1));
            } else if (roll < 92) {
                licenses.add(license(DemoCatalog.O365_F3));
            }
        } else if (roll < 30) {
            licenses.add(license(DemoCatalog.M365_E3));
        } else if (roll < 34) {
            licenses.add(new AssignedLicense(DemoCatalog.M365_E3.skuId(), List.of(DemoCatalog.PLAN_P1)));
        } else if (roll < 46) {
            licenses.add(license(DemoCatalog.M365_E5));
        } else if (roll < 62) {
            licenses.add(license(DemoCatalog.O365_E3));
        } else if (roll < 66) {
            licenses.add(license(DemoCatalog.O365_E3));
            licenses.add(license(DemoCatalog.ENTRA_P1));
        } else if (roll < 69) {
            licenses.add(license(DemoCatalog.O365_E3));
            licenses.add(license(DemoCatalog.EMS_E3));
        } else if (roll < 76) {
            licenses.add(license(DemoCatalog.O365_E5));
        } else if (roll < 78) {
            licenses.add(license(DemoCatalog.O365_E5));
            licenses.add(license(DemoCatalog.ENTRA_P2));
        } else if (roll < 92) {
            licenses.add(license(DemoCatalog.BUSINESS_PREMIUM));
        }
        if (random.nextInt(100) < 10) {
            licenses.add(license(DemoCatalog.FLOW_FREE));
        }
        return licenses;
    }

    private static AssignedLicense license(DemoSku sku) {
        return new AssignedLicense(sku.skuId(), List.of());
    }

    private static void addBreakGlassMembers(Build build) {
        for (UserRegistrationDetails details : build.registrations) {
            if (details.isAdmin() && build.breakGlass.size() < 2 && !details.userPrincipalName().contains("#EXT#")) {
                build.breakGlass.add(details.id());
            }
        }
    }

    private static AuthenticationMethodsPolicy policy(List<Group> groups) {
        SmsMethodConfiguration sms = new SmsMethodConfiguration("Sms", "enabled",
                List.of(new IncludeTarget(TargetType.GROUP, groups.get(0).id(), false),
                        new IncludeTarget(TargetType.GROUP, groups.get(1).id(), true),
                        new IncludeTarget(TargetType.GROUP, DELETED_GROUP_ID, false)),
                List.of(new ExcludeTarget(TargetType.GROUP, groups.get(2).id())));
        return new AuthenticationMethodsPolicy("migrationComplete", sms, List.of(
                method("microsoftAuthenticatorAuthenticationMethodConfiguration", "MicrosoftAuthenticator", "enabled"),
                method("fido2AuthenticationMethodConfiguration", "Fido2", "enabled"),
                method("voiceAuthenticationMethodConfiguration", "Voice", "enabled"),
                method("softwareOathAuthenticationMethodConfiguration", "SoftwareOath", "enabled"),
                method("temporaryAccessPassAuthenticationMethodConfiguration", "TemporaryAccessPass", "enabled"),
                method("emailAuthenticationMethodConfiguration", "Email", "disabled")));
    }

    private static MethodConfiguration method(String type, String id, String state) {
        return new MethodConfiguration("#microsoft.graph." + type, id, state);
    }

    private static DemoCountry pickCountry(SplittableRandom random) {
        double total = 0;
        for (DemoCountry country : DemoCountry.ALL) {
            total += country.weight();
        }
        double roll = random.nextDouble() * total;
        for (DemoCountry country : DemoCountry.ALL) {
            roll -= country.weight();
            if (roll < 0) {
                return country;
            }
        }
        return DemoCountry.ALL.get(0);
    }

    static String uuid(SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    private static String ascii(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
    }

    /** The collections as they are filled, user by user. */
    static final class Build {
        final List<User> users;
        final List<String> allMembers = new ArrayList<>();
        final List<String> frontline = new ArrayList<>();
        final List<String> whatsAppCountryStaff = new ArrayList<>();
        final List<String> breakGlass = new ArrayList<>();
        final Map<String, List<PhoneMethod>> phoneMethods = new HashMap<>();
        final List<UserRegistrationDetails> registrations = new ArrayList<>();
        final Set<String> registeredNumbers = new HashSet<>();

        Build(int userCount) {
            users = new ArrayList<>(userCount);
        }
    }

    static PhoneMethod phoneMethod(PhoneType type, String number, String smsSignInState) {
        String id = switch (type) {
            case MOBILE -> "3179e48a-750b-4051-897c-87b9720928f7";
            case ALTERNATE_MOBILE -> "b6332ec1-7057-4abe-9331-3d72feddfe41";
            case OFFICE -> "e37fc753-ff3b-4958-9484-eaa9425c82bc";
        };
        return new PhoneMethod(id, number, type, smsSignInState);
    }
}
