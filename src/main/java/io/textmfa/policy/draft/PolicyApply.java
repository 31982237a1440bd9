package io.textmfa.policy.draft;

import io.textmfa.tenant.SmsMethodConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Applies a draft to the live tenant safely, step by step: (a) re-read the live configuration and
 * refuse if it changed since the draft was based on it; (b) back it up; (c) write the draft; (d)
 * re-read and verify; (e) append to the audit log. Any failure stops the sequence, keeps the backup
 * and says which step failed and what the live configuration is.
 */
public final class PolicyApply {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyApply.class);

    /** The steps, in order. */
    public enum Step {
        CONFLICT_CHECK("re-reading the live configuration"),
        BACKUP("writing the backup"),
        WRITE("writing the draft to the tenant"),
        VERIFY("verifying the live configuration"),
        AUDIT("writing the audit log");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the apply ended: applied, or the step that failed, with one message and what is live now. */
    public record Outcome(boolean applied, Step failedStep, String message, PolicyBackup backup, SmsMethodConfiguration live) {
    }

    private final PolicyGateway gateway;
    private final BackupStore backups;
    private final AuditLog audit;
    private final Clock clock;

    public PolicyApply(PolicyGateway gateway, BackupStore backups, AuditLog audit, Clock clock) {
        this.gateway = gateway;
        this.backups = backups;
        this.audit = audit;
        this.clock = clock;
    }

    public Outcome apply(SmsMethodConfiguration base, SmsMethodConfiguration draft) {
        SmsMethodConfiguration live;
        try {
            live = gateway.read();
        } catch (Exception e) {
            return failed(Step.CONFLICT_CHECK, "The live SMS configuration could not be read (" + e.getMessage()
                    + "); nothing was written.", null, null, base, draft);
        }
        if (!SmsConfigurations.same(live, base)) {
            return failed(Step.CONFLICT_CHECK, "The live SMS configuration changed since the draft was based on it:"
                    + " nothing was written. Reload the tenant and review the draft again.", null, live, live, draft);
        }
        PolicyBackup backup;
        try {
            backup = backups.save(gateway.tenantId(), live, Instant.now(clock));
        } catch (Exception e) {
            return failed(Step.BACKUP, "The backup could not be written (" + e.getMessage()
                    + "); nothing was written to the tenant.", null, live, live, draft);
        }
        try {
            gateway.write(draft);
        } catch (Exception e) {
            SmsMethodConfiguration now = readQuietly();
            String state = now == null ? "the live configuration could not be read back"
                    : SmsConfigurations.same(now, live) ? "the live configuration is unchanged"
                    : "the live configuration changed anyway: check it before retrying";
            return failed(Step.WRITE, "Graph refused the change (" + e.getMessage() + "); " + state + ". The backup "
                    + backup.file().getFileName() + " is kept.", backup, now, live, draft);
        }
        SmsMethodConfiguration after;
        try {
            after = gateway.read();
        } catch (Exception e) {
            return failed(Step.VERIFY, "The change was sent but could not be read back (" + e.getMessage()
                    + "); the backup " + backup.file().getFileName() + " is kept.", backup, null, live, draft);
        }
        if (!SmsConfigurations.same(after, draft)) {
            return failed(Step.VERIFY, "The live configuration differs from the draft after writing: "
                    + String.join("; ", PolicyDiff.lines(draft, after, Map.of())) + ". The backup "
                    + backup.file().getFileName() + " is kept.", backup, after, live, draft);
        }
        try {
            audit.append(Instant.now(clock), gateway.tenantId(), gateway.actor(), live, draft, "applied");
        } catch (Exception e) {
            return new Outcome(true, Step.AUDIT, "The draft was applied and verified, but the audit log could not be"
                    + " written (" + e.getMessage() + ").", backup, after);
        }
        return new Outcome(true, null, "The draft was applied and verified; the backup is "
                + backup.file().getFileName() + ".", backup, after);
    }

    private Outcome failed(Step step, String message, PolicyBackup backup, SmsMethodConfiguration live,
                           SmsMethodConfiguration before, SmsMethodConfiguration draft) {
        try {
            audit.append(Instant.now(clock), gateway.tenantId(), gateway.actor(), before, draft,
                    "failed at " + step.name().toLowerCase(java.util.Locale.ROOT) + ": " + message);
        } catch (Exception e) {
            LOG.warn("The audit log could not be written: {}", e.getMessage());
        }
        return new Outcome(false, step, message, backup, live);
    }

    private SmsMethodConfiguration readQuietly() {
        try {
            return gateway.read();
        } catch (Exception e) {
            return null;
        }
    }
}
