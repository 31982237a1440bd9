package io.textmfa.cli;

import io.textmfa.delivery.BulkSimulation;
import io.textmfa.delivery.DeliveryModel;
import io.textmfa.delivery.Scenario;
import io.textmfa.rollout.ChannelTimeline;
import io.textmfa.rollout.RolloutProjection;
import io.textmfa.rollout.UserChannel;
import io.textmfa.rollout.WavePlan;
import io.textmfa.tenant.demo.TenantGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code textmfa bench simulate --attempts N}: simulated attempts per second on one thread (target: over 1,000,000). */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Measure the OTP delivery simulation speed (one thread).")
public class BenchSimulateCommand implements Callable<Integer> {
    static final double TARGET_PER_S = 1_000_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "5000000", description = "Attempts per run (default: ${DEFAULT-VALUE}).")
    int attempts;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "5", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        if (attempts < 1 || runs < 1) {
            throw new UserInputException("--attempts and --runs must be at least 1.");
        }
        ChannelTimeline timeline = ChannelTimeline.builtIn();
        List<UserChannel> users = BulkSimulation.population(RolloutProjection.at(TenantGenerator.demoTenant(), timeline,
                WavePlan.EMPTY, LocalDate.parse("2026-12-04")));
        DeliveryModel model = DeliveryModel.builtIn();
        BulkSimulation.run(users, null, model, timeline, Scenario.WHATSAPP_FIRST, attempts, 7);
        double[] perSecond = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            BulkSimulation.run(users, null, model, timeline, Scenario.WHATSAPP_FIRST, attempts, i);
            perSecond[i] = attempts / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(perSecond);
        double median = perSecond[runs / 2];
        PrintWriter out = spec.commandLine().getOut();
        out.printf("attempts: %d%n", attempts);
        out.printf("simulate.attempts.per.s: %.0f%n", median);
        out.printf("simulate.target.per.s: %.0f%n", TARGET_PER_S);
        out.printf("simulate.target.ratio: %.2f%n", median / TARGET_PER_S);
        out.flush();
        return ExitCodes.OK;
    }
}
