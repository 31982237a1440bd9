package io.textmfa.cli;

import picocli.CommandLine.Command;

/** {@code textmfa snapshot ...}: commands about snapshot files. */
@Command(name = "snapshot", mixinStandardHelpOptions = true, description = "Inspect snapshots, or export a live tenant as one.",
        subcommands = {SnapshotInfoCommand.class, SnapshotExportCommand.class})
public class SnapshotCommand {
}
