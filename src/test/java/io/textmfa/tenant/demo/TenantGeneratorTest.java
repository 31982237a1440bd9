package io.textmfa.tenant.demo;

import io.textmfa.tenant.AssignedLicense;
import io.textmfa.tenant.Group;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.PhoneMethod;
import io.textmfa.tenant.PhoneType;
import io.textmfa.tenant.SubscribedSku;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;
import io.textmfa.tenant.UserRegistrationDetails;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TenantGeneratorTest {
    private static TenantSnapshot demo;

    @BeforeAll
    static void generate() {
        demo = TenantGenerator.demoTenant();
    }

    @Test
    void theSameSeedGivesTheSameTenantAndAnotherSeedAnother() {
        assertThat(new TenantGenerator(42).generate(400)).isEqualTo(new TenantGenerator(42).generate(400));
        assertThat(new TenantGenerator(43).generate(400).users())
                .isNotEqualTo(new TenantGenerator(42).generate(400).users());
        assertThat(TenantGenerator.demoTenant()).isEqualTo(demo);
    }

    @Test
    void theDemoTenantIsContosoWith2500Users() {
        assertThat(demo.tenant().displayName()).isEqualTo("Contoso");
        assertThat(demo.users()).hasSize(2500);
        assertThat(demo.users()).extracting(User::id).doesNotHaveDuplicates();
    }

    @Test
    void staffLiveInTheWhatsAppCountriesAndElsewhere() {
        Set<String> countries = demo.users().stream().map(User::usageLocation).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        assertThat(countries).contains("IN", "ID", "NZ", "US", "GB", "BR", "DE", "AU", "ZA", "MX", "PH");
        assertThat(demo.users()).anyMatch(u -> u.usageLocation() == null);
    }

    @Test
    void phoneNumbersComeInTheShapesRealTenantsHold() {
        List<String> profile = demo.users().stream().map(User::mobilePhone).toList();
        assertThat(profile).anyMatch(Objects::isNull);
        assertThat(profile).anyMatch(p -> p != null && p.matches("\\+\\d+ [\\d ]+"));
        assertThat(profile).anyMatch(p -> p != null && p.matches("\\d{9,}"));
        assertThat(profile).anyMatch(p -> p != null && p.matches("\\+\\d+(-\\d+)+"));
        assertThat(profile).anyMatch(p -> p != null && p.startsWith("0"));
        assertThat(profile).anyMatch(p -> "12345".equals(p) || "n/a".equals(p) || "+64 000".equals(p));

        List<PhoneMethod> methods = demo.phoneMethods().values().stream().flatMap(List::stream).toList();
        assertThat(methods).extracting(PhoneMethod::phoneType).contains(PhoneType.MOBILE, PhoneType.ALTERNATE_MOBILE,
                PhoneType.OFFICE);
        assertThat(methods).filteredOn(m -> m.phoneType() == PhoneType.MOBILE)
                .allMatch(m -> m.phoneNumber().matches("\\+?\\d+ ?\\d+"));
        assertThat(methods).anyMatch(m -> "phoneNumberNotUnique".equals(m.smsSignInState()));
        assertThat(methods).anyMatch(m -> m.phoneNumber().contains(" x"));
    }

    @Test
    void licencesExerciseTheSkuPitfalls() {
        Map<String, SubscribedSku> skus = demo.subscribedSkus().stream()
                .collect(Collectors.toMap(SubscribedSku::skuPartNumber, s -> s));
        assertThat(skus).containsKeys("SPE_F1", "M365_F1_COMM", "DESKLESSPACK", "ENTERPRISEPACK", "ENTERPRISEPREMIUM",
                "SPE_E3", "SPE_E5", "SPB", "AAD_PREMIUM", "AAD_PREMIUM_P2", "EMS");
        assertThat(skus.get("SPE_F1").skuId()).isEqualTo("66b55226-6b4f-492c-910c-a3b7a3c9d993");
        assertThat(skus.get("ENTERPRISEPACK").hasServicePlan(DemoCatalog.PLAN_P1)).isFalse();
        assertThat(skus.get("SPB").hasServicePlan(DemoCatalog.PLAN_P1)).isTrue();
        assertThat(skus.get("AAD_PREMIUM_P2").capabilityStatus()).isEqualTo("Suspended");
        assertThat(skus.get("AAD_PREMIUM_P2").prepaidUnits().suspended()).isPositive();

        List<AssignedLicense> assignments = demo.users().stream().flatMap(u -> u.assignedLicenses().stream()).toList();
        assertThat(assignments).anyMatch(a -> a.isPlanDisabled(DemoCatalog.PLAN_P1));
        assertThat(assignments).anyMatch(a -> a.skuId().equals(skus.get("AAD_PREMIUM_P2").skuId()));
    }

    @Test
    void consumedUnitsMatchTheAssignmentsAndPrepaidCoversThem() {
        Map<String, Integer> assigned = new HashMap<>();
        demo.users().forEach(u -> u.assignedLicenses().forEach(a -> assigned.merge(a.skuId(), 1, Integer::sum)));
        for (SubscribedSku sku : demo.subscribedSkus()) {
            assertThat(sku.consumedUnits()).as(sku.skuPartNumber()).isEqualTo(assigned.getOrDefault(sku.skuId(), 0));
            int bought = sku.prepaidUnits().enabled() + sku.prepaidUnits().suspended() + sku.prepaidUnits().warning();
            assertThat(bought).as(sku.skuPartNumber()).isGreaterThanOrEqualTo(sku.consumedUnits());
        }
    }

    @Test
    void guestsDisabledAccountsAdminsAndPhoneOnlyUsersExist() {
        assertThat(demo.users()).filteredOn(User::isGuest).hasSizeBetween(50, 200)
                .allMatch(u -> u.userPrincipalName().contains("#EXT#") && u.assignedLicenses().isEmpty());
        assertThat(demo.users()).filteredOn(u -> !u.accountEnabled()).isNotEmpty();
        List<UserRegistrationDetails> registrations = demo.userRegistrationDetails();
        assertThat(registrations).filteredOn(UserRegistrationDetails::isAdmin).isNotEmpty();
        assertThat(registrations).filteredOn(UserRegistrationDetails::isPhoneOnly).hasSizeGreaterThan(300);
        assertThat(registrations).anyMatch(r -> r.methodsRegistered().contains("microsoftAuthenticatorPush"));
        assertThat(registrations).anyMatch(r -> r.methodsRegistered().contains("passKeyDeviceBound")
                || r.methodsRegistered().contains("fido2"));
        assertThat(registrations).anyMatch(r -> r.methodsRegistered().isEmpty() && !r.isMfaRegistered());
    }

    @Test
    void registeredMethodsAgreeWithPhoneMethods() {
        for (UserRegistrationDetails details : demo.userRegistrationDetails()) {
            List<PhoneType> types = demo.phoneMethodsOf(details.id()).stream().map(PhoneMethod::phoneType).toList();
            assertThat(types.contains(PhoneType.MOBILE)).isEqualTo(details.methodsRegistered().contains("mobilePhone"));
            assertThat(types.contains(PhoneType.OFFICE)).isEqualTo(details.methodsRegistered().contains("officePhone"));
        }
    }

    @Test
    void theSmsPolicyTargetsGroupsOneOfThemDeleted() {
        List<IncludeTarget> includes = demo.authenticationMethodsPolicy().sms().includeTargets();
        Set<String> groupIds = demo.groups().stream().map(Group::id).collect(Collectors.toSet());

        assertThat(includes).anyMatch(IncludeTarget::isUsableForSignIn);
        assertThat(includes).extracting(IncludeTarget::id).contains(TenantGenerator.DELETED_GROUP_ID);
        assertThat(groupIds).doesNotContain(TenantGenerator.DELETED_GROUP_ID);
        assertThat(includes).filteredOn(t -> !t.id().equals(TenantGenerator.DELETED_GROUP_ID))
                .allMatch(t -> groupIds.contains(t.id()));
        assertThat(demo.authenticationMethodsPolicy().sms().excludeTargets()).isNotEmpty()
                .allMatch(t -> groupIds.contains(t.id()));
        Group breakGlass = demo.groups().stream().filter(g -> g.displayName().startsWith("Break-glass")).findFirst().orElseThrow();
        assertThat(breakGlass.members()).hasSize(2);
    }
}
