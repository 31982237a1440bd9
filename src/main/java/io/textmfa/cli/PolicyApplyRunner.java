package io.textmfa.cli;

import io.textmfa.graph.Credentials;
import io.textmfa.graph.GraphFailure;
import io.textmfa.graph.GraphPolicyGateway;
import io.textmfa.policy.draft.AuditLog;
import io.textmfa.policy.draft.BackupStore;
import io.textmfa.policy.draft.PolicyApply;
import io.textmfa.policy.draft.SimulatedApply;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.SnapshotWriter;
import io.textmfa.tenant.TenantSnapshot;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The apply path shared by {@code policy apply} and {@code policy restore}: review the draft (diff,
 * what-if, findings) on stderr; refuse a draft with errors; then either write a simulated snapshot
 * (offline) or, on a live tenant and with {@code --yes}, run the safe apply sequence.
 */
final class PolicyApplyRunner {
    private PolicyApplyRunner() {
    }

    static int run(CommandSpec spec, SourceOptions source, SmsMethodConfiguration draft, String ruleset, boolean dryRun,
                   boolean yes, Path out, Path backups, Path auditLog) throws IOException, GraphFailure {
        PrintWriter err = spec.commandLine().getErr();
        if (!source.isLive() && out == null && !dryRun) {
            throw new UserInputException("Offline, apply writes a new snapshot with the draft applied: give --out FILE"
                    + " (or use --live to apply to a tenant).");
        }
        TenantSnapshot snapshot = source.load(err);
        PolicyReview review = PolicyReview.of(snapshot, draft, PolicyDrafts.ruleset(ruleset));
        review.print(err);
        err.flush();
        if (review.hasErrors()) {
            err.println("textmfa: the draft has errors; nothing was applied.");
            return ExitCodes.FINDINGS;
        }
        if (dryRun) {
            err.println("Dry run: nothing was applied.");
            return ExitCodes.OK;
        }
        if (!source.isLive()) {
            new SnapshotWriter().write(SimulatedApply.apply(snapshot, draft), out);
            err.println("Simulation: wrote " + out + " with the draft applied; no tenant was changed.");
            return ExitCodes.OK;
        }
        if (!yes) {
            throw new UserInputException("Applying to a live tenant needs --yes after reviewing the changes above"
                    + " (or --dry-run).");
        }
        Credentials credentials = new Credentials(source.environment(), (code, url, message) -> err.println(message));
        GraphPolicyGateway gateway = GraphPolicyGateway.connect(source.connection().settings(), credentials,
                snapshot.tenant().id());
        BackupStore store = backups == null ? BackupStore.forUser() : new BackupStore(backups);
        AuditLog log = new AuditLog(auditLog == null ? store.folder().resolveSibling("audit.log") : auditLog);
        PolicyApply.Outcome outcome = new PolicyApply(gateway, store, log, Clock.systemUTC())
                .apply(PolicyDrafts.current(snapshot), draft);
        if (outcome.applied()) {
            err.println(outcome.message());
            return ExitCodes.OK;
        }
        err.println("textmfa: " + outcome.failedStep().label() + " failed: " + outcome.message());
        return ExitCodes.GRAPH;
    }
}
