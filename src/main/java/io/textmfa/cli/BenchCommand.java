package io.textmfa.cli;

import picocli.CommandLine.Command;

/** {@code textmfa bench ...}: benchmarks that print one {@code name: value} line per measure. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark; prints one 'name: value' line per measure, ratios included.",
        subcommands = {BenchSnapshotCommand.class, BenchAuditCommand.class, BenchRolloutCommand.class,
            BenchGraphCommand.class, BenchSimulateCommand.class})
public class BenchCommand {
}
