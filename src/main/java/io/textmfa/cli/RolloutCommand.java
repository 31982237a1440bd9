package io.textmfa.cli;

import io.textmfa.report.RolloutReport;
import io.textmfa.rollout.Channel;
import io.textmfa.rollout.ChannelTimeline;
import io.textmfa.rollout.ChannelTimelineJson;
import io.textmfa.rollout.CountryRollout;
import io.textmfa.rollout.RolloutProjection;
import io.textmfa.rollout.RolloutResult;
import io.textmfa.rollout.WavePlan;
import io.textmfa.rollout.WavePlanJson;
import io.textmfa.rollout.WavePlanValidator;
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
import java.util.concurrent.Callable;

/** {@code textmfa rollout}: every user's expected delivery channel on a date, by country, and readiness. */
@Command(name = "rollout", mixinStandardHelpOptions = true,
        description = "Project each user's text-message channel (WhatsApp first, SMS, ...) on a date, by country.")
public class RolloutCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Mixin
    OutputOptions output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date to project (default: today, UTC).")
    String date;

    @Option(names = "--waves", paramLabel = "FILE", description = "The organisation's wave plan (JSON).")
    Path waves;

    @Option(names = "--timeline", paramLabel = "FILE", description = "An edited channel timeline (JSON) instead of the built-in one.")
    Path timeline;

    @Option(names = "--unmask", description = "Include phone numbers (E.164) in CSV and JSON output.")
    boolean unmask;

    @Override
    public Integer call() throws IOException, io.textmfa.graph.GraphFailure {
        LocalDate day;
        try {
            day = date == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new UserInputException("--date " + date + " is not a date such as 2027-02-01.");
        }
        ChannelTimeline channels = timeline == null ? ChannelTimeline.builtIn() : ChannelTimelineJson.read(timeline);
        WavePlan plan = waves == null ? WavePlan.EMPTY : WavePlanJson.read(waves);
        TenantSnapshot snapshot = source.load(spec.commandLine().getErr());
        for (String problem : WavePlanValidator.validate(plan, snapshot)) {
            spec.commandLine().getErr().println("textmfa: warning: " + problem);
        }
        RolloutResult result = RolloutProjection.at(snapshot, channels, plan, day);
        output.emit(spec.commandLine().getOut(), out -> {
            switch (output.format()) {
                case json -> RolloutReport.writeJson(result, result.users(), unmask, out);
                case csv -> RolloutReport.writeCsv(result.users(), unmask, out);
                case table -> table(out, snapshot, result);
            }
        });
        return ExitCodes.OK;
    }

    private static void table(PrintWriter out, TenantSnapshot snapshot, RolloutResult result) {
        out.printf("Tenant %s, projected for %s%n%s%n%n", snapshot.tenant().displayName(), result.date(),
                result.readiness().banner());
        out.printf("%-8s %7s %8s %9s %7s %7s %8s %8s %8s  %-10s %-7s %s%n", "Country", "Users", "InScope", "WhatsApp",
                "SMS", "Voice", "NoPhone", "Invalid", "Retired", "WA start", "Opt-in", "Wave");
        for (CountryRollout c : result.countries()) {
            out.printf("%-8s %7d %8d %9d %7d %7d %8d %8d %8d  %-10s %-7s %s%n", c.country(), c.users(), c.inScope(),
                    c.count(Channel.WHATSAPP_FIRST), c.count(Channel.SMS), c.count(Channel.VOICE_ONLY),
                    c.count(Channel.NO_PHONE), c.count(Channel.INVALID_PHONE), c.count(Channel.RETIRED),
                    c.whatsappStart() == null ? "-" : c.whatsappStart(), c.optInRequired() ? "yes" : "no",
                    c.wave() == null ? "" : c.wave());
        }
    }
}
