package io.textmfa.cli;

import io.textmfa.policy.draft.BackupStore;
import io.textmfa.policy.draft.PolicyBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code textmfa policy backups}: the backups of live SMS configurations, newest first. */
@Command(name = "backups", mixinStandardHelpOptions = true, description = "List the backups of the SMS configuration.")
public class PolicyBackupsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Option(names = "--backups", paramLabel = "DIR", description = "Backups folder (default: ~/.textmfa/backups).")
    Path backups;

    @Override
    public Integer call() throws IOException {
        BackupStore store = backups == null ? BackupStore.forUser() : new BackupStore(backups);
        List<PolicyBackup> list = store.list();
        output.emit(spec.commandLine().getOut(), out -> {
            if (output.format() == OutputOptions.Format.json) {
                var root = PolicyValidateCommand.JSON.createArrayNode();
                for (PolicyBackup backup : list) {
                    root.addObject().put("file", backup.file().getFileName().toString()).put("tenant", backup.tenantId())
                            .put("takenAt", backup.takenAt().toString()).put("state", backup.configuration().state())
                            .put("includeTargets", backup.configuration().includeTargets().size())
                            .put("excludeTargets", backup.configuration().excludeTargets().size());
                }
                out.println(PolicyValidateCommand.JSON.writeValueAsString(root));
                return;
            }
            if (list.isEmpty()) {
                out.println("No backups in " + store.folder() + ".");
            }
            for (PolicyBackup backup : list) {
                out.printf("%-60s %s  %s, %d include, %d exclude%n", backup.file().getFileName(), backup.takenAt(),
                        backup.configuration().state(), backup.configuration().includeTargets().size(),
                        backup.configuration().excludeTargets().size());
            }
        });
        return ExitCodes.OK;
    }
}
