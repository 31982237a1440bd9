package io.textmfa.rollout;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textmfa.files.AtomicFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Reads and writes the channel timeline as JSON (the shape of the built-in resource). */
public final class ChannelTimelineJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ChannelTimeline BUILT_IN = loadBuiltIn();

    private ChannelTimelineJson() {
    }

    static ChannelTimeline builtIn() {
        return BUILT_IN;
    }

    public static ChannelTimeline read(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            throw new RolloutDataException(name + ": this is a folder, not a channel timeline file.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (RolloutDataException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new RolloutDataException(name + ": the timeline file does not exist.", e);
        } catch (IOException e) {
            throw new RolloutDataException(name + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }

    static ChannelTimeline read(InputStream in, String name) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new RolloutDataException(name + ": not valid JSON (" + e.getOriginalMessage() + ").", e);
        }
        if (root == null || !root.path("events").isArray()) {
            throw new RolloutDataException(name + ": not a channel timeline; $.events must be an array.");
        }
        List<TimelineEvent> events = new ArrayList<>();
        int index = 0;
        for (JsonNode event : root.path("events")) {
            String at = "$.events[" + index++ + "]";
            EventKind kind = EventKind.fromJsonName(event.path("kind").asText());
            if (kind == null) {
                throw new RolloutDataException(name + ": " + at + ".kind \"" + event.path("kind").asText()
                        + "\" is not a known event kind.");
            }
            events.add(new TimelineEvent(event.path("id").asText(kind.jsonName() + index), date(name, at, event),
                    kind, countries(event.path("countries")), event.path("title").asText(kind.label()),
                    event.path("source").asText(""), confidence(event.path("confidence").asText(""))));
        }
        JsonNode optIn = root.path("optInRegions");
        return new ChannelTimeline(events, countries(optIn.path("countries")), optIn.path("source").asText(""));
    }

    public static void write(ChannelTimeline timeline, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode events = root.putArray("events");
        for (TimelineEvent event : timeline.events()) {
            ObjectNode node = events.addObject();
            node.put("id", event.id());
            node.put("date", event.date().toString());
            node.put("kind", event.kind().jsonName());
            ArrayNode countries = node.putArray("countries");
            event.countries().forEach(countries::add);
            node.put("title", event.title());
            node.put("source", event.source());
            node.put("confidence", event.confidence().jsonName());
        }
        ObjectNode optIn = root.putObject("optInRegions");
        ArrayNode countries = optIn.putArray("countries");
        timeline.optInCountries().forEach(countries::add);
        optIn.put("source", timeline.optInSource());
        AtomicFile.write(file, out -> JSON.writeValue(out, root));
    }

    private static LocalDate date(String name, String at, JsonNode event) throws RolloutDataException {
        String text = event.path("date").asText("");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RolloutDataException(name + ": " + at + ".date \"" + text + "\" is not a date such as 2027-02-01.", e);
        }
    }

    static Set<String> countries(JsonNode array) {
        Set<String> countries = new TreeSet<>();
        for (JsonNode country : array) {
            String code = country.asText("").strip().toUpperCase(Locale.ROOT);
            if (!code.isEmpty()) {
                countries.add(code);
            }
        }
        return countries;
    }

    private static Confidence confidence(String text) {
        Confidence confidence = Confidence.fromJsonName(text);
        return confidence == null ? Confidence.ASSUMPTION : confidence;
    }

    private static ChannelTimeline loadBuiltIn() {
        try (InputStream in = ChannelTimelineJson.class.getResourceAsStream("channel-timeline.json")) {
            return read(in, "channel-timeline.json");
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in channel timeline cannot be read", e);
        }
    }
}
