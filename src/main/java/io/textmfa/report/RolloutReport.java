package io.textmfa.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.textmfa.rollout.Channel;
import io.textmfa.rollout.CountryRollout;
import io.textmfa.rollout.RolloutResult;
import io.textmfa.rollout.UserChannel;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a rollout projection as JSON or CSV (docs/cli.md). Phone numbers appear only when
 * {@code unmask} is set; otherwise no number, masked or not, is written.
 */
public final class RolloutReport {
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final List<String> CSV_HEADER = List.of("id", "userPrincipalName", "country", "countrySource",
            "phoneValidity", "phoneSource", "channel", "inScope", "wave", "reason");

    private RolloutReport() {
    }

    public static void writeJson(RolloutResult result, List<UserChannel> users, boolean unmask, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("date", result.date().toString());
            g.writeArrayFieldStart("countries");
            for (CountryRollout country : result.countries()) {
                g.writeStartObject();
                g.writeStringField("country", country.country());
                g.writeNumberField("users", country.users());
                g.writeNumberField("inScope", country.inScope());
                for (Channel channel : Channel.values()) {
                    if (channel != Channel.NOT_IN_SCOPE) {
                        g.writeNumberField(channel.jsonName(), country.count(channel));
                    }
                }
                g.writeBooleanField("optInRequired", country.optInRequired());
                g.writeStringField("whatsappStart", country.whatsappStart() == null ? null : country.whatsappStart().toString());
                g.writeStringField("wave", country.wave());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("users");
            for (UserChannel user : users) {
                g.writeStartObject();
                g.writeStringField("id", user.user().id());
                g.writeStringField("country", user.country());
                g.writeStringField("countrySource", user.countrySource().jsonName());
                g.writeStringField("phoneValidity", user.phone().validity().jsonName());
                g.writeStringField("channel", user.channel().jsonName());
                if (user.wave() != null) {
                    g.writeStringField("wave", user.wave());
                }
                if (unmask && user.phone().e164() != null) {
                    g.writeStringField("phone", user.phone().e164());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("readiness");
            if (result.readiness().registrationKnown()) {
                g.writeNumberField("phoneOnly", result.readiness().phoneOnly());
            } else {
                g.writeNullField("phoneOnly");
            }
            if (result.readiness().retirementDate() == null) {
                g.writeNullField("daysToRetirement");
            } else {
                g.writeNumberField("daysToRetirement", result.readiness().daysToRetirement());
            }
            g.writeStringField("retirementDate", result.readiness().retirementDate() == null ? null
                    : result.readiness().retirementDate().toString());
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    public static void writeCsv(List<UserChannel> users, boolean unmask, Writer out) throws IOException {
        List<String> header = new ArrayList<>(CSV_HEADER);
        if (unmask) {
            header.add("phone");
        }
        try (SafeCsv csv = SafeCsv.open(out, header)) {
            for (UserChannel user : users) {
                List<String> row = new ArrayList<>(header.size());
                row.add(user.user().id());
                row.add(user.user().userPrincipalName());
                row.add(user.country());
                row.add(user.countrySource().jsonName());
                row.add(user.phone().validity().jsonName());
                row.add(user.phone().source().jsonName());
                row.add(user.channel().jsonName());
                row.add(String.valueOf(user.inScope()));
                row.add(user.wave());
                row.add(user.reason());
                if (unmask) {
                    row.add(user.phone().e164());
                }
                csv.row(row);
            }
        }
    }
}
