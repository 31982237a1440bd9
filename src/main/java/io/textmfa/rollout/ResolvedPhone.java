package io.textmfa.rollout;

import io.textmfa.tenant.PhoneType;

/**
 * The number Entra would use for a user's codes: its country (only when libphonenumber accepts
 * the number), E.164 form, validity, where it came from, and its type (only {@code mobile}
 * receives text messages). Holds a phone number: never log it unmasked.
 */
public record ResolvedPhone(String country, String e164, PhoneValidity validity, PhoneSource source, PhoneType type,
                            String problem) {
    public static final ResolvedPhone MISSING = new ResolvedPhone(null, null, PhoneValidity.MISSING, PhoneSource.NONE,
            null, "no phone number");

    public boolean isValid() {
        return validity == PhoneValidity.VALID;
    }

    /** A valid number that receives text messages (a mobile method or the profile mobile number). */
    public boolean receivesText() {
        return isValid() && (type == null || type.receivesText());
    }
}
