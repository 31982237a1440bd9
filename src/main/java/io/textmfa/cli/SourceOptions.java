package io.textmfa.cli;

import io.textmfa.tenant.SnapshotReader;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.demo.TenantGenerator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** Where an analysis command takes its tenant from: the demo tenant (default) or a snapshot file. */
public class SourceOptions {
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    static class Choice {
        @Option(names = "--demo", description = "Use the built-in demo tenant (default).")
        boolean demo;

        @Option(names = "--snapshot", paramLabel = "FILE", description = "Read the tenant from a snapshot file.")
        Path snapshot;
    }

    /** Loads the chosen tenant; a bad file fails with one sentence naming it. */
    public TenantSnapshot load() throws IOException {
        if (choice != null && choice.snapshot != null) {
            return new SnapshotReader().read(choice.snapshot);
        }
        return TenantGenerator.demoTenant();
    }

    /** The snapshot file when one was named, for messages. */
    public Path snapshotFile() {
        return choice == null ? null : choice.snapshot;
    }
}
