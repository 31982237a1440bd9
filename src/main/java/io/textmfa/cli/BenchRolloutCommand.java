package io.textmfa.cli;

import io.textmfa.policy.SmsScope;
import io.textmfa.policy.SmsScopeResolver;
import io.textmfa.rollout.ChannelTimeline;
import io.textmfa.rollout.PhoneBook;
import io.textmfa.rollout.RolloutProjection;
import io.textmfa.rollout.Wave;
import io.textmfa.rollout.WavePlan;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code textmfa bench rollout --users N}: after load, the one-off phone resolution of the snapshot
 * and the median projection of all users for one date (what a date change in the GUI costs).
 */
@Command(name = "rollout", mixinStandardHelpOptions = true, description = "Measure the rollout projection after load.")
public class BenchRolloutCommand implements Callable<Integer> {
    static final double BUDGET_MS = 150;

    @Spec
    CommandSpec spec;

    @Option(names = "--users", paramLabel = "N", defaultValue = "100000", description = "Users in the generated tenant (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "9", description = "Measured projections (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "5", description = "Warm-up projections (default: ${DEFAULT-VALUE}).")
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
        ChannelTimeline timeline = ChannelTimeline.builtIn();
        WavePlan waves = new WavePlan(List.of(new Wave("UK and Germany", LocalDate.parse("2026-12-15"), Set.of("GB", "DE"), null),
                new Wave("Brazil and Mexico", LocalDate.parse("2027-01-10"), Set.of("BR", "MX"), null)));
        long start = System.nanoTime();
        PhoneBook phones = PhoneBook.of(snapshot);
        SmsScope scope = SmsScopeResolver.resolve(snapshot);
        double prepareMs = (System.nanoTime() - start) / 1e6;
        LocalDate[] dates = {LocalDate.parse("2024-06-01"), LocalDate.parse("2026-12-20"), LocalDate.parse("2027-01-15")};
        for (int i = 0; i < warmup; i++) {
            RolloutProjection.at(snapshot, phones, scope, timeline, waves, dates[i % dates.length], Clock.systemUTC());
        }
        System.gc();
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            LocalDate date = dates[i % dates.length];
            long begin = System.nanoTime();
            RolloutProjection.at(snapshot, phones, scope, timeline, waves, date, Clock.systemUTC());
            nanos[i] = System.nanoTime() - begin;
        }
        Arrays.sort(nanos);
        double median = nanos[runs / 2] / 1e6;
        out.printf("users: %d%n", snapshot.users().size());
        out.printf("rollout.prepare.ms: %.1f%n", prepareMs);
        out.printf("rollout.ms: %.1f%n", median);
        out.printf("rollout.budget.ms: %.0f%n", BUDGET_MS);
        out.printf("rollout.budget.ratio: %.2f%n", median / BUDGET_MS);
        out.flush();
        return ExitCodes.OK;
    }
}
