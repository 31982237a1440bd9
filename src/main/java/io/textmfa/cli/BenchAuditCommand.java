package io.textmfa.cli;

import io.textmfa.licensing.LicenseAudit;
import io.textmfa.licensing.Ruleset;
import io.textmfa.licensing.Rulesets;
import io.textmfa.tenant.TenantSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
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
        Bench.checkSizes(users, runs, warmup);
        PrintWriter out = spec.commandLine().getOut();
        TenantSnapshot snapshot = Bench.generateAndLoad(users, seed, spec.commandLine().getErr());
        out.printf("users: %d%n", snapshot.users().size());
        double worst = 0;
        for (Ruleset ruleset : Rulesets.builtIn()) {
            double median = Bench.medianMs(warmup, runs, i -> LicenseAudit.run(snapshot, ruleset));
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
