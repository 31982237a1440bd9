package io.textmfa.cli;

import io.textmfa.graph.GraphFailure;
import io.textmfa.policy.draft.BackupStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code textmfa policy restore BACKUP}: a backup becomes the draft and goes through the same apply path. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup: it becomes the draft and is applied like any draft.")
public class PolicyRestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Parameters(paramLabel = "BACKUP", description = "A backup file, or its name in the backups folder.")
    String backup;

    @Option(names = "--ruleset", paramLabel = "ID", defaultValue = "text-mfa", description = "Licence ruleset (default: ${DEFAULT-VALUE}).")
    String ruleset;

    @Option(names = "--dry-run", description = "Review the restore and stop.")
    boolean dryRun;

    @Option(names = "--yes", description = "Confirm restoring to a live tenant.")
    boolean yes;

    @Option(names = "--out", paramLabel = "FILE", description = "Offline: the new snapshot with the backup applied.")
    Path out;

    @Option(names = "--backups", paramLabel = "DIR", description = "Backups folder (default: ~/.textmfa/backups).")
    Path backups;

    @Option(names = "--audit-log", paramLabel = "FILE", description = "Audit log (default: ~/.textmfa/audit.log).")
    Path auditLog;

    @Override
    public Integer call() throws IOException, GraphFailure {
        BackupStore store = backups == null ? BackupStore.forUser() : new BackupStore(backups);
        Path file = Path.of(backup);
        if (!Files.isRegularFile(file)) {
            file = store.folder().resolve(backup);
        }
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(backup + ": no such backup (looked in " + store.folder() + ").");
        }
        return PolicyApplyRunner.run(spec, source, store.read(file).configuration(), ruleset, dryRun, yes, out, backups,
                auditLog);
    }
}
