package io.textmfa.cli;

import io.textmfa.policy.SmsScope;
import io.textmfa.policy.SmsScopeResolver;
import io.textmfa.rollout.ChannelTimeline;
import io.textmfa.rollout.PhoneBook;
import io.textmfa.rollout.RolloutProjection;
import io.textmfa.rollout.Wave;
import io.textmfa.rollout.WavePlan;
import io.textmfa.tenant.TenantSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
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
        Bench.checkSizes(users, runs, warmup);
        PrintWriter out = spec.commandLine().getOut();
        TenantSnapshot snapshot = Bench.generateAndLoad(users, seed, spec.commandLine().getErr());
        ChannelTimeline timeline = ChannelTimeline.builtIn();
        WavePlan waves = new WavePlan(List.of(new Wave("UK and Germany", LocalDate.parse("2026-12-15"), Set.of("GB", "DE"), null),
                new Wave("Brazil and Mexico", LocalDate.parse("2027-01-10"), Set.of("BR", "MX"), null)));
        long start = System.nanoTime();
        PhoneBook phones = PhoneBook.of(snapshot);
        SmsScope scope = SmsScopeResolver.resolve(snapshot);
        double prepareMs = (System.nanoTime() - start) / 1e6;
        LocalDate[] dates = {LocalDate.parse("2024-06-01"), LocalDate.parse("2026-12-20"), LocalDate.parse("2027-01-15")};
        double median = Bench.medianMs(warmup, runs, i ->
                RolloutProjection.at(snapshot, phones, scope, timeline, waves, dates[i % dates.length], Clock.systemUTC()));
        out.printf("users: %d%n", snapshot.users().size());
        out.printf("rollout.prepare.ms: %.1f%n", prepareMs);
        out.printf("rollout.ms: %.1f%n", median);
        out.printf("rollout.budget.ms: %.0f%n", BUDGET_MS);
        out.printf("rollout.budget.ratio: %.2f%n", median / BUDGET_MS);
        out.flush();
        return ExitCodes.OK;
    }
}
