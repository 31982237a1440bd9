package io.textmfa.cli;

import picocli.CommandLine.Command;

/** {@code textmfa snapshot ...}: commands about snapshot files. */
@Command(name = "snapshot", mixinStandardHelpOptions = true, description = "Inspect tenant snapshots.",
        subcommands = {SnapshotInfoCommand.class, SnapshotExportCommand.class})
public class SnapshotCommand {
}
