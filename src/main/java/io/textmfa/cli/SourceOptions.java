package io.textmfa.cli;

import io.textmfa.tenant.SnapshotReader;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.demo.TenantGenerator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import io.textmfa.graph.GraphFailure;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Where an analysis command takes its tenant from: the demo tenant (default), a snapshot file or a live tenant. */
public class SourceOptions {
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    static class Choice {
        @Option(names = "--demo", description = "Use the built-in demo tenant (default).")
        boolean demo;

        @Option(names = "--snapshot", paramLabel = "FILE", description = "Read the tenant from a snapshot file.")
        Path snapshot;

        @Option(names = "--live", description = "Read the tenant over Microsoft Graph (see the connection options).")
        boolean live;
    }

    @Mixin
    ConnectionOptions connection;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Loads the chosen tenant; a bad file fails with one sentence naming it, a Graph failure with {@link GraphFailure}. */
    public TenantSnapshot load(PrintWriter err) throws IOException, GraphFailure {
        if (choice != null && choice.snapshot != null) {
            return new SnapshotReader().read(choice.snapshot);
        }
        if (choice != null && choice.live) {
            return LiveTenant.read(connection.settings(), err, command);
        }
        if (connection.anyGiven()) {
            throw new UserInputException("Connection options (--tenant, --auth, ...) need --live.");
        }
        return TenantGenerator.demoTenant();
    }

    public boolean isLive() {
        return choice != null && choice.live;
    }

    ConnectionOptions connection() {
        return connection;
    }

    /** Where secrets named by options are looked up. */
    java.util.function.Function<String, String> environment() {
        return command != null && command.root().userObject() instanceof TextMfaCommand root ? root.environment() : System::getenv;
    }

    /** The snapshot file when one was named, for messages. */
    public Path snapshotFile() {
        return choice == null ? null : choice.snapshot;
    }
}
