package io.textmfa.rollout;

import io.textmfa.tenant.PhoneMethod;
import io.textmfa.tenant.PhoneType;
import io.textmfa.tenant.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneCountryResolverTest {
    private final PhoneCountryResolver resolver = new PhoneCountryResolver();

    private static User user(String usageLocation, String mobilePhone) {
        return new User("u", "U", "u@x", true, "Member", usageLocation, null, mobilePhone, List.of());
    }

    @ParameterizedTest(name = "{0} with usage location {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            +91 9812345678      | null | IN | +919812345678
            +919812345678       | US   | IN | +919812345678
            919812345678        | IN   | IN | +919812345678
            09812345678         | IN   | IN | +919812345678
            98123 45678         | IN   | IN | +919812345678
            +91-98123-45678     | null | IN | +919812345678
            +62 812-3456-7890   | null | ID | +6281234567890
            021 123 4567        | NZ   | NZ | +64211234567
            +64 21 123 4567     | GB   | NZ | +64211234567
            07400 123456        | GB   | GB | +447400123456
            (201) 555-0123      | US   | US | +12015550123
            +49 1512 3456789    | null | DE | +4915123456789
            """)
    void readsTheNumberTheWayEntraWould(String raw, String usageLocation, String country, String e164) {
        ResolvedPhone phone = resolver.resolve(user(usageLocation, raw), List.of());

        assertThat(phone.validity()).isEqualTo(PhoneValidity.VALID);
        assertThat(phone.country()).isEqualTo(country);
        assertThat(phone.e164()).isEqualTo(e164);
        assertThat(phone.source()).isEqualTo(PhoneSource.PROFILE_MOBILE_PHONE);
    }

    @ParameterizedTest(name = "{0} with usage location {1} is invalid")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            12345               | NZ
            n/a                 | IN
            +64 000             | null
            9812345678          | null
            +1 555 0100         | US
            """)
    void neverGuessesACountryForANumberLibphonenumberRejects(String raw, String usageLocation) {
        ResolvedPhone phone = resolver.resolve(user(usageLocation, raw), List.of());

        assertThat(phone.validity()).isEqualTo(PhoneValidity.INVALID);
        assertThat(phone.country()).isNull();
        assertThat(phone.e164()).isNull();
        assertThat(phone.problem()).isNotBlank();
    }

    @Test
    void theRegisteredMobileMethodComesBeforeTheProfileNumber() {
        ResolvedPhone phone = resolver.resolve(user("IN", "+64 21 123 4567"),
                List.of(new PhoneMethod("m", "+91 9812345678", PhoneType.MOBILE, "ready")));

        assertThat(phone.country()).isEqualTo("IN");
        assertThat(phone.source()).isEqualTo(PhoneSource.MOBILE_METHOD);
        assertThat(phone.receivesText()).isTrue();
    }

    @Test
    void anOfficeNumberWithAnExtensionIsVoiceOnly() {
        ResolvedPhone phone = resolver.resolve(user("IN", null),
                List.of(new PhoneMethod("o", "+91 2223456789 x12", PhoneType.OFFICE, "notSupported")));

        assertThat(phone.isValid()).isTrue();
        assertThat(phone.country()).isEqualTo("IN");
        assertThat(phone.type()).isEqualTo(PhoneType.OFFICE);
        assertThat(phone.receivesText()).isFalse();
    }

    @Test
    void anAlternateMobileIsUsedOnlyWithoutAMobileAndIsVoiceOnly() {
        ResolvedPhone alternate = resolver.resolve(user("NZ", null),
                List.of(new PhoneMethod("a", "+64 21 765 4321", PhoneType.ALTERNATE_MOBILE, "notSupported")));
        assertThat(alternate.source()).isEqualTo(PhoneSource.ALTERNATE_MOBILE_METHOD);
        assertThat(alternate.receivesText()).isFalse();

        ResolvedPhone mobile = resolver.resolve(user("NZ", null), List.of(
                new PhoneMethod("a", "+64 21 765 4321", PhoneType.ALTERNATE_MOBILE, "notSupported"),
                new PhoneMethod("m", "+64 21 123 4567", PhoneType.MOBILE, "ready")));
        assertThat(mobile.source()).isEqualTo(PhoneSource.MOBILE_METHOD);
    }

    @Test
    void noNumberAnywhereIsMissing() {
        assertThat(resolver.resolve(user("IN", "  "), List.of())).isEqualTo(ResolvedPhone.MISSING);
    }

    @Test
    void masksNumbersForDisplay() {
        assertThat(PhoneMask.mask("+919812345210")).isEqualTo("+91 98•••••210");
        assertThat(PhoneMask.mask("+12015550123")).isEqualTo("+1 20•••••123");
        assertThat(PhoneMask.mask("+6281234567890")).isEqualTo("+62 81••••••890");
        assertThat(PhoneMask.mask("12345")).doesNotContain("1").doesNotContain("5");
        assertThat(PhoneMask.mask(null)).isEmpty();
    }
}
