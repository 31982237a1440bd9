package io.textmfa.cli;

import io.textmfa.licensing.LicenseAudit;
import io.textmfa.licensing.Ruleset;
import io.textmfa.licensing.Rulesets;
import io.textmfa.tenant.SnapshotReader;
import io.textmfa.tenant.SnapshotWriter;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.demo.TenantGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * {@code textmfa bench audit --users N}: the licence audit's median time per ruleset on a tenant
 * loaded from a snapshot file, after warm-up, against the 200 ms budget for 100k users.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Measure the licence audit after load, for both rulesets.")
public class BenchAuditCommand implements Callable<Integer> {
    static final double BUDGET_MS = 200;

    @Spec
    CommandSpec spec;

    @Option(names = "--users", paramLabel = "N", defaultValue = "100000", description = "Users in the generated tenant (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "9", description = "Measured runs per ruleset (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "5", description = "Warm-up runs per ruleset (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (users < 1 || runs < 1 || warmup < 0) {
            throw new UserInputException("--users and --runs must be at least 1 and --warmup at least 0.");
        }
        PrintWriter out = spec.commandLine().getOut();
        spec.commandLine().getErr().println("Generating and loading " + users + " users...");
        Path file = Files.createTempFile("textmfa-bench-", ".json");
        TenantSnapshot snapshot;
        try {
            new SnapshotWriter().write(new TenantGenerator(seed).generate(users), file);
            snapshot = new SnapshotReader().read(file);
        } finally {
            Files.deleteIfExists(file);
        }
        out.printf("users: %d%n", snapshot.users().size());
        double worst = 0;
        for (Ruleset ruleset : Rulesets.builtIn()) {
            for (int i = 0; i < warmup; i++) {
                LicenseAudit.run(snapshot, ruleset);
            }
            System.gc();
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                LicenseAudit.run(snapshot, ruleset);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            double median = nanos[runs / 2] / 1e6;
            worst = Math.max(worst, median);
            out.printf("audit.%s.ms: %.1f%n", ruleset.id(), median);
        }
        out.printf("audit.ms: %.1f%n", worst);
        out.printf("audit.budget.ms: %.0f%n", BUDGET_MS);
        out.printf("audit.budget.ratio: %.2f%n", worst / BUDGET_MS);
        out.flush();
        return ExitCodes.OK;
    }
}
