package io.textmfa.delivery;

/** What a code check answered. */
public enum VerifyResult {
    ACCEPTED, WRONG, EXPIRED, TOO_MANY_ATTEMPTS, NO_CODE
}
