package io.textmfa.policy.draft;

import io.textmfa.policy.SmsScope;

/**
 * What changes if the draft replaces the current SMS configuration, on the same snapshot: who gains
 * or loses SMS MFA and SMS sign-in, unlicensed users who come into scope, and phone-only users who
 * would lose their only method.
 */
public record WhatIf(UserGroup gainMfa, UserGroup loseMfa, UserGroup gainSignIn, UserGroup loseSignIn,
                     UserGroup unlicensedNewlyInScope, UserGroup phoneOnlyLosingMethod, SmsScope current, SmsScope draft) {
    /** True when nobody's access changes. */
    public boolean isEmpty() {
        return gainMfa.count() + loseMfa.count() + gainSignIn.count() + loseSignIn.count() == 0;
    }
}
