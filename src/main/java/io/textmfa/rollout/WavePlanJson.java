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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A wave plan as JSON: {@code {"format": "textmfa-waves", "version": 1, "waves": [{"name", "date",
 * "countries": [...], "groupId"}]}}.
 */
public final class WavePlanJson {
    public static final String FORMAT = "textmfa-waves";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WavePlanJson() {
    }

    public static WavePlan read(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            throw new RolloutDataException(name + ": this is a folder, not a wave plan file.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (RolloutDataException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new RolloutDataException(name + ": the wave plan does not exist.", e);
        } catch (IOException e) {
            throw new RolloutDataException(name + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }

    static WavePlan read(InputStream in, String name) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new RolloutDataException(name + ": not valid JSON (" + e.getOriginalMessage() + ").", e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new RolloutDataException(name + ": not a wave plan; $.format must be \"" + FORMAT + "\".");
        }
        if (root.path("version").asInt(0) > 1) {
            throw new RolloutDataException(name + ": wave plan version " + root.path("version").asInt()
                    + " is newer than this TextMFA Console reads (1).");
        }
        if (!root.path("waves").isArray()) {
            throw new RolloutDataException(name + ": $.waves must be an array.");
        }
        List<Wave> waves = new ArrayList<>();
        int index = 0;
        for (JsonNode wave : root.path("waves")) {
            String at = "$.waves[" + index++ + "]";
            String waveName = wave.path("name").asText("").strip();
            if (waveName.isEmpty()) {
                throw new RolloutDataException(name + ": " + at + ".name is missing; every wave needs a name.");
            }
            String dateText = wave.path("date").asText("");
            LocalDate date;
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                throw new RolloutDataException(name + ": " + at + ".date \"" + dateText + "\" is not a date such as 2027-01-15.", e);
            }
            String group = wave.path("groupId").asText("").strip();
            waves.add(new Wave(waveName, date, ChannelTimelineJson.countries(wave.path("countries")),
                    group.isEmpty() ? null : group));
        }
        return new WavePlan(waves);
    }

    public static void write(WavePlan plan, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        ArrayNode waves = root.putArray("waves");
        for (Wave wave : plan.waves()) {
            ObjectNode node = waves.addObject();
            node.put("name", wave.name());
            node.put("date", wave.date().toString());
            ArrayNode countries = node.putArray("countries");
            wave.countries().forEach(countries::add);
            if (wave.groupId() != null) {
                node.put("groupId", wave.groupId());
            }
        }
        AtomicFile.write(file, out -> JSON.writeValue(out, root));
    }
}
