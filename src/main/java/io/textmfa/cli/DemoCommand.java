package io.textmfa.cli;

import io.textmfa.tenant.SnapshotWriter;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.demo.TenantGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code textmfa demo --users N [--seed S] --out FILE}: writes a generated tenant as a snapshot file. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a believable tenant and write it as a snapshot file.")
public class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--users", paramLabel = "N", defaultValue = "" + TenantGenerator.DEMO_USERS,
            description = "Number of users (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + TenantGenerator.DEMO_SEED,
            description = "Random seed: the same seed and size give the same tenant (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Snapshot file to write (atomically).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (users < 0 || users > 5_000_000) {
            throw new UserInputException("--users must be between 0 and 5000000, not " + users + ".");
        }
        TenantSnapshot snapshot = new TenantGenerator(seed).generate(users);
        new SnapshotWriter().write(snapshot, out);
        spec.commandLine().getErr().println("Wrote " + users + " users of tenant " + snapshot.tenant().displayName()
                + " to " + out + ".");
        return ExitCodes.OK;
    }
}
