package io.textmfa.policy.draft;

import io.textmfa.tenant.SmsMethodConfiguration;

import java.nio.file.Path;
import java.time.Instant;

/** A saved copy of a live SMS configuration: where, when and from which tenant. */
public record PolicyBackup(Path file, String tenantId, Instant takenAt, SmsMethodConfiguration configuration) {
}
