package io.textmfa.cli;

import io.textmfa.graph.GraphFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code textmfa policy apply --draft FILE}: simulate offline (--out) or apply safely to a live tenant (--live --yes). */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Apply a draft: offline it writes a simulated snapshot (--out); with --live it backs up, writes,"
                + " verifies and logs (--yes).")
public class PolicyApplyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Option(names = "--draft", paramLabel = "FILE", required = true, description = "The draft: a policy file (Graph PATCH body).")
    Path draft;

    @Option(names = "--ruleset", paramLabel = "ID", defaultValue = "text-mfa", description = "Licence ruleset (default: ${DEFAULT-VALUE}).")
    String ruleset;

    @Option(names = "--dry-run", description = "Review the draft and stop.")
    boolean dryRun;

    @Option(names = "--yes", description = "Confirm applying to a live tenant.")
    boolean yes;

    @Option(names = "--out", paramLabel = "FILE", description = "Offline: the new snapshot with the draft applied.")
    Path out;

    @Option(names = "--backups", paramLabel = "DIR", description = "Backups folder (default: ~/.textmfa/backups).")
    Path backups;

    @Option(names = "--audit-log", paramLabel = "FILE", description = "Audit log (default: ~/.textmfa/audit.log).")
    Path auditLog;

    @Override
    public Integer call() throws IOException, GraphFailure {
        return PolicyApplyRunner.run(spec, source, PolicyDrafts.read(draft), ruleset, dryRun, yes, out, backups, auditLog);
    }
}
