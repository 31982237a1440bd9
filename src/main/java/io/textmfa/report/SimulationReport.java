package io.textmfa.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.textmfa.delivery.CountryResult;
import io.textmfa.delivery.DeliveryChannel;
import io.textmfa.delivery.ScenarioResult;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes bulk simulation results as JSON or CSV (docs/cli.md); the same seed gives the same bytes. */
public final class SimulationReport {
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final List<DeliveryChannel> CHANNELS = List.of(DeliveryChannel.WHATSAPP, DeliveryChannel.SMS,
            DeliveryChannel.VOICE, DeliveryChannel.PROVIDER);

    private SimulationReport() {
    }

    public static void writeJson(LocalDate date, long seed, List<ScenarioResult> results, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("date", date.toString());
            g.writeNumberField("seed", seed);
            g.writeArrayFieldStart("scenarios");
            for (ScenarioResult r : results) {
                g.writeStartObject();
                g.writeStringField("name", r.scenario().cliName());
                g.writeNumberField("attempts", r.attempts());
                g.writeNumberField("delivered", r.delivered());
                g.writeNumberField("deliveredShare", round(r.deliveredShare(), 4));
                g.writeNumberField("fallbackShare", round(r.fallbackShare(), 4));
                g.writeNumberField("p50Ms", round(r.p50Ms(), 0));
                g.writeNumberField("p95Ms", round(r.p95Ms(), 0));
                g.writeNumberField("p99Ms", round(r.p99Ms(), 0));
                g.writeNumberField("costUsd", round(r.costUsd(), 2));
                g.writeNumberField("costPer1000Usd", round(r.costPer1000Usd(), 4));
                g.writeArrayFieldStart("byCountry");
                for (CountryResult c : r.byCountry()) {
                    g.writeStartObject();
                    g.writeStringField("country", c.country());
                    g.writeNumberField("attempts", c.attempts());
                    g.writeNumberField("deliveredShare", round(c.deliveredShare(), 4));
                    g.writeNumberField("costUsd", round(c.costUsd(), 2));
                    g.writeObjectFieldStart("channels");
                    for (DeliveryChannel channel : CHANNELS) {
                        g.writeNumberField(channel.jsonName(), c.channels().getOrDefault(channel, 0));
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            if (results.size() == 2) {
                g.writeNumberField("savingPer1000Usd", round(results.get(1).costPer1000Usd() - results.get(0).costPer1000Usd(), 4));
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    public static void writeCsv(List<ScenarioResult> results, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("scenario", "country", "attempts", "deliveredShare", "costUsd"));
        CHANNELS.forEach(c -> header.add(c.jsonName()));
        try (SafeCsv csv = SafeCsv.open(out, header)) {
            for (ScenarioResult r : results) {
                for (CountryResult c : r.byCountry()) {
                    List<String> row = new ArrayList<>(List.of(r.scenario().cliName(), c.country(), String.valueOf(c.attempts()),
                            String.valueOf(round(c.deliveredShare(), 4)), String.valueOf(round(c.costUsd(), 2))));
                    CHANNELS.forEach(channel -> row.add(String.valueOf(c.channels().getOrDefault(channel, 0))));
                    csv.row(row);
                }
            }
        }
    }

    static BigDecimal round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
    }
}
