package io.textmfa.rollout;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Masks a phone number for display: country code, the first two and last three digits stay, e.g.
 * {@code +91 98•••••210}. Anything that is not an E.164 number is masked whole.
 */
public final class PhoneMask {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneMask() {
    }

    public static String mask(String e164) {
        if (e164 == null || e164.isBlank()) {
            return "";
        }
        if (!e164.startsWith("+") || e164.length() < 8) {
            return "•".repeat(Math.max(4, Math.min(e164.length(), 12)));
        }
        String digits = e164.substring(1);
        int codeLength = countryCodeLength(digits);
        String code = digits.substring(0, codeLength);
        String national = digits.substring(codeLength);
        if (national.length() <= 5) {
            return "+" + code + " " + "•".repeat(national.length());
        }
        return "+" + code + " " + national.substring(0, 2) + "•".repeat(national.length() - 5)
                + national.substring(national.length() - 3);
    }

    private static int countryCodeLength(String digits) {
        for (int length = 1; length <= 3 && length < digits.length(); length++) {
            int code = Integer.parseInt(digits.substring(0, length));
            if (!"ZZ".equals(UTIL.getRegionCodeForCountryCode(code))) {
                return length;
            }
        }
        return 1;
    }
}
