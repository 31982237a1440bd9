package io.textmfa.tenant;

/**
 * A registered phone authentication method (Graph {@code phoneAuthenticationMethod}). The number
 * is kept as Entra stores it; it is a personal detail and never logged unmasked.
 */
public record PhoneMethod(String id, String phoneNumber, PhoneType phoneType, String smsSignInState) {
}
