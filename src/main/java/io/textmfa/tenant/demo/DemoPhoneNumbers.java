package io.textmfa.tenant.demo;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Makes phone numbers that libphonenumber accepts for a region (its example number with new
 * subscriber digits), and writes them the many ways real tenants hold them.
 */
final class DemoPhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private final Map<String, PhoneNumber> examples = new HashMap<>();

    /** A valid number of this type for the region, or {@code null} if the region has none. */
    PhoneNumber valid(String region, PhoneNumberType type, RandomGenerator random) {
        PhoneNumber example = examples.computeIfAbsent(region + type, k -> UTIL.getExampleNumberForType(region, type));
        if (example == null) {
            return null;
        }
        String national = String.valueOf(example.getNationalNumber());
        int keep = Math.max(2, national.length() - 6);
        for (int attempt = 0; attempt < 8; attempt++) {
            StringBuilder digits = new StringBuilder(national.substring(0, keep));
            while (digits.length() < national.length()) {
                digits.append(random.nextInt(10));
            }
            PhoneNumber candidate = new PhoneNumber().setCountryCode(example.getCountryCode())
                    .setNationalNumber(Long.parseLong(digits.toString()));
            if (UTIL.isValidNumberForRegion(candidate, region)) {
                return candidate;
            }
        }
        return example;
    }

    /** As Entra stores an authentication phone: {@code +CC NATIONALDIGITS}. */
    static String entraFormat(PhoneNumber number) {
        return "+" + number.getCountryCode() + " " + UTIL.getNationalSignificantNumber(number);
    }

    /** One of the ways people type a number into a profile: spaced, E.164, without +, dashes, national. */
    static String profileFormat(PhoneNumber number, RandomGenerator random) {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return UTIL.format(number, PhoneNumberFormat.INTERNATIONAL);
        }
        if (roll < 50) {
            return UTIL.format(number, PhoneNumberFormat.E164);
        }
        if (roll < 65) {
            return number.getCountryCode() + UTIL.getNationalSignificantNumber(number);
        }
        if (roll < 80) {
            return UTIL.format(number, PhoneNumberFormat.INTERNATIONAL).replace(' ', '-');
        }
        return UTIL.format(number, PhoneNumberFormat.NATIONAL);
    }

    /** Something a person typed that is no phone number libphonenumber accepts. */
    static String invalid(RandomGenerator random) {
        return switch (random.nextInt(4)) {
            case 0 -> "12345";
            case 1 -> "+64 000";
            case 2 -> "n/a";
            default -> "+1 555 01" + random.nextInt(10);
        };
    }
}
