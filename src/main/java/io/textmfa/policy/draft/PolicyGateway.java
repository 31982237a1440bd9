package io.textmfa.policy.draft;

import io.textmfa.tenant.SmsMethodConfiguration;

/** Reads and writes the live SMS configuration; implemented over Microsoft Graph in {@code graph}. */
public interface PolicyGateway {
    SmsMethodConfiguration read() throws Exception;

    /** Writes the configuration (Graph PATCH with {@code @odata.type}). */
    void write(SmsMethodConfiguration configuration) throws Exception;

    /** Who is signed in, for the audit log (a UPN or the app's client id). */
    String actor();

    String tenantId();
}
