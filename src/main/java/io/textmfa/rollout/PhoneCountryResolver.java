package io.textmfa.rollout;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.textmfa.tenant.PhoneMethod;
import io.textmfa.tenant.PhoneType;
import io.textmfa.tenant.User;

import java.util.List;
import java.util.Locale;

/**
 * Finds the number Entra would text for a user and its country, with libphonenumber: the registered
 * {@code mobile} method first, else the profile {@code mobilePhone}; with neither, a voice-only
 * alternate mobile or office method. A number without {@code +} is read with the user's usage
 * location as its region. A number libphonenumber rejects gets no country: none is guessed.
 */
public final class PhoneCountryResolver {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public ResolvedPhone resolve(User user, List<PhoneMethod> methods) {
        PhoneMethod mobile = find(methods, PhoneType.MOBILE);
        if (mobile != null && hasText(mobile.phoneNumber())) {
            return parse(mobile.phoneNumber(), user.usageLocation(), PhoneSource.MOBILE_METHOD, PhoneType.MOBILE);
        }
        if (hasText(user.mobilePhone())) {
            return parse(user.mobilePhone(), user.usageLocation(), PhoneSource.PROFILE_MOBILE_PHONE, PhoneType.MOBILE);
        }
        PhoneMethod alternate = find(methods, PhoneType.ALTERNATE_MOBILE);
        if (alternate != null && hasText(alternate.phoneNumber())) {
            return parse(alternate.phoneNumber(), user.usageLocation(), PhoneSource.ALTERNATE_MOBILE_METHOD,
                    PhoneType.ALTERNATE_MOBILE);
        }
        PhoneMethod office = find(methods, PhoneType.OFFICE);
        if (office != null && hasText(office.phoneNumber())) {
            return parse(office.phoneNumber(), user.usageLocation(), PhoneSource.OFFICE_METHOD, PhoneType.OFFICE);
        }
        return ResolvedPhone.MISSING;
    }

    /** Parses one number; {@code defaultRegion} (an ISO code, may be null) is used only without a leading +. */
    public ResolvedPhone parse(String raw, String defaultRegion, PhoneSource source, PhoneType type) {
        String text = raw.strip();
        String region = text.startsWith("+") || defaultRegion == null || defaultRegion.isBlank()
                ? "ZZ" : defaultRegion.strip().toUpperCase(Locale.ROOT);
        if (!text.startsWith("+") && "ZZ".equals(region)) {
            return new ResolvedPhone(null, null, PhoneValidity.INVALID, source, type,
                    "no country code and no usage location to read it by");
        }
        try {
            PhoneNumber number = UTIL.parse(text, region);
            if (!UTIL.isValidNumber(number)) {
                return new ResolvedPhone(null, null, PhoneValidity.INVALID, source, type,
                        "not a valid number for +" + number.getCountryCode());
            }
            return new ResolvedPhone(UTIL.getRegionCodeForNumber(number), UTIL.format(number,
                    PhoneNumberUtil.PhoneNumberFormat.E164), PhoneValidity.VALID, source, type, null);
        } catch (NumberParseException e) {
            return new ResolvedPhone(null, null, PhoneValidity.INVALID, source, type, "not a phone number ("
                    + e.getErrorType().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        }
    }

    private static PhoneMethod find(List<PhoneMethod> methods, PhoneType type) {
        for (PhoneMethod method : methods) {
            if (method.phoneType() == type) {
                return method;
            }
        }
        return null;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
