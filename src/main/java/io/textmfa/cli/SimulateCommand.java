package io.textmfa.cli;

import io.textmfa.delivery.BulkSimulation;
import io.textmfa.delivery.DeliveryModel;
import io.textmfa.delivery.DeliveryModelJson;
import io.textmfa.delivery.Scenario;
import io.textmfa.delivery.ScenarioResult;
import io.textmfa.graph.GraphFailure;
import io.textmfa.report.SimulationReport;
import io.textmfa.rollout.ChannelTimeline;
import io.textmfa.rollout.RolloutProjection;
import io.textmfa.rollout.RolloutResult;
import io.textmfa.rollout.UserChannel;
import io.textmfa.rollout.WavePlan;
import io.textmfa.tenant.TenantSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code textmfa simulate}: OTP delivery for the users in SMS scope, WhatsApp-first against SMS-only, offline. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate one-time-code delivery (WhatsApp first or SMS only) for the users in SMS scope; offline.")
public class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Mixin
    OutputOptions output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date (default: today, UTC).")
    String date;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "100000", description = "Simulated sign-ins (default: ${DEFAULT-VALUE}).")
    int attempts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed: the same seed gives the same result (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "both",
            description = "whatsapp-first, sms-only or both (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--model", paramLabel = "FILE", description = "A delivery model file instead of the built-in one.")
    Path model;

    @Override
    public Integer call() throws IOException, GraphFailure {
        LocalDate day;
        try {
            day = date == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new UserInputException("--date " + date + " is not a date such as 2026-12-04.");
        }
        if (attempts < 1 || attempts > 100_000_000) {
            throw new UserInputException("--attempts must be between 1 and 100000000.");
        }
        List<Scenario> scenarios = new ArrayList<>();
        if ("both".equalsIgnoreCase(scenario)) {
            scenarios.add(Scenario.WHATSAPP_FIRST);
            scenarios.add(Scenario.SMS_ONLY);
        } else {
            Scenario chosen = Scenario.fromCliName(scenario);
            if (chosen == null) {
                throw new UserInputException("--scenario " + scenario + " is not whatsapp-first, sms-only or both.");
            }
            scenarios.add(chosen);
        }
        DeliveryModel chosenModel = model == null ? DeliveryModel.builtIn() : DeliveryModelJson.read(model);
        TenantSnapshot snapshot = source.load(spec.commandLine().getErr());
        ChannelTimeline timeline = ChannelTimeline.builtIn();
        RolloutResult projection = RolloutProjection.at(snapshot, timeline, WavePlan.EMPTY, day);
        List<UserChannel> users = BulkSimulation.population(projection);
        if (users.isEmpty()) {
            throw new UserInputException("Nobody is in SMS scope on " + day + ", so there is nothing to simulate.");
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            results.add(BulkSimulation.run(users, null, chosenModel, timeline, s, attempts, seed));
        }
        output.emit(spec.commandLine().getOut(), out -> {
            switch (output.format()) {
                case json -> SimulationReport.writeJson(day, seed, results, out);
                case csv -> SimulationReport.writeCsv(results, out);
                case table -> table(out, day, users.size(), results);
            }
        });
        return ExitCodes.OK;
    }

    private static void table(PrintWriter out, LocalDate day, int population, List<ScenarioResult> results) {
        out.printf("%,d users in SMS scope on %s; simulated offline (no message is sent).%n%n", population, day);
        out.printf("%-16s %10s %10s %10s %8s %8s %8s %12s %12s%n", "Scenario", "Attempts", "Delivered", "Fallback",
                "p50 s", "p95 s", "p99 s", "Cost USD", "per 1,000");
        for (ScenarioResult r : results) {
            out.printf("%-16s %,10d %9.1f%% %9.1f%% %8.1f %8.1f %8.1f %12.2f %12.2f%n", r.scenario().cliName(), r.attempts(),
                    100 * r.deliveredShare(), 100 * r.fallbackShare(), r.p50Ms() / 1000, r.p95Ms() / 1000, r.p99Ms() / 1000,
                    r.costUsd(), r.costPer1000Usd());
        }
        if (results.size() == 2) {
            out.printf("%nWhatsApp-first saves %.2f USD per 1,000 sign-ins against SMS-only, under the model's assumptions.%n",
                    results.get(1).costPer1000Usd() - results.get(0).costPer1000Usd());
        }
    }
}
