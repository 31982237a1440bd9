package io.textmfa.cli;

import io.textmfa.graph.GraphFailure;
import io.textmfa.tenant.SnapshotWriter;
import io.textmfa.tenant.SourceState;
import io.textmfa.tenant.SourceStatus;
import io.textmfa.tenant.TenantCollection;
import io.textmfa.tenant.TenantSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code textmfa snapshot export --out FILE}: reads a live tenant over Microsoft Graph and writes it
 * as a snapshot (atomically; no token or secret is ever written). A source Graph refused is written
 * with its state, named on stderr, and makes the command exit 3.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Read a live tenant over Microsoft Graph and write it as a snapshot file.")
public class SnapshotExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Snapshot file to write (atomically).")
    Path out;

    @Override
    public Integer call() throws IOException, GraphFailure {
        PrintWriter err = spec.commandLine().getErr();
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
            throw new UserInputException("Cannot write " + out + ": the folder " + folder + " does not exist.");
        }
        TenantSnapshot snapshot = LiveTenant.read(connection.settings(), err, spec);
        new SnapshotWriter().write(snapshot, out);
        err.println("Wrote " + out + ".");
        int code = ExitCodes.OK;
        for (TenantCollection collection : TenantCollection.values()) {
            SourceState state = snapshot.sourceState(collection);
            boolean expected = collection == TenantCollection.GROUPS && io.textmfa.graph.GraphIngest.policyGroupsRead(state);
            if (!expected && (state.state() == SourceStatus.FORBIDDEN || state.state() == SourceStatus.PARTIAL)) {
                err.println("textmfa: " + collection.label() + " is " + state.state().jsonName() + ": " + state.detail());
                code = ExitCodes.GRAPH;
            }
        }
        err.flush();
        return code;
    }
}
