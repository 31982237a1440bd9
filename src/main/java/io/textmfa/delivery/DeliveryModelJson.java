package io.textmfa.delivery;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textmfa.files.AtomicFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads and writes the delivery model file (the shape of the built-in delivery-model.json). */
public final class DeliveryModelJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> GLOBALS = List.of("fallbackTimeoutMs", "codeLength", "codeLifetimeSeconds",
            "verifyAttempts", "sendsPerWindow", "sendWindowSeconds", "tenantHasSmsOptIn", "voiceSuccess", "providerSuccess",
            "voicePriceUsd", "providerPriceUsd");
    private static final DeliveryModel BUILT_IN = loadBuiltIn();

    private DeliveryModelJson() {
    }

    static DeliveryModel builtIn() {
        return BUILT_IN;
    }

    public static DeliveryModel read(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(name + ": the delivery model file does not exist.", e);
        }
    }

    static DeliveryModel read(InputStream in, String name) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new ModelFileException(name + ": not valid JSON (" + e.getOriginalMessage() + ").", e);
        }
        if (root == null || !root.path("global").isObject() || !root.path("countries").isArray()) {
            throw new ModelFileException(name + ": not a delivery model; it needs \"global\" and \"countries\".");
        }
        Map<String, Figure> global = new LinkedHashMap<>();
        for (String key : GLOBALS) {
            JsonNode figure = root.path("global").path(key);
            if (!figure.path("value").isNumber()) {
                throw new ModelFileException(name + ": $.global." + key + ".value is missing or not a number.");
            }
            String range = globalRangeProblem(key, figure.path("value").asDouble());
            if (range != null) {
                throw new ModelFileException(name + ": $.global." + key + ".value " + range);
            }
            global.put(key, new Figure(figure.path("value").asDouble(), figure.path("source").asText(""),
                    figure.path("date").asText(null), figure.path("assumption").asBoolean(false)));
        }
        Map<DeliveryChannel, LatencyModel> latency = new EnumMap<>(DeliveryChannel.class);
        for (DeliveryChannel channel : List.of(DeliveryChannel.WHATSAPP, DeliveryChannel.SMS, DeliveryChannel.VOICE,
                DeliveryChannel.PROVIDER)) {
            JsonNode node = root.path("latency").path(channel.jsonName());
            double median = node.path("medianMs").asDouble(-1);
            double p95 = node.path("p95Ms").asDouble(-1);
            if (median <= 0 || p95 < median) {
                throw new ModelFileException(name + ": $.latency." + channel.jsonName()
                        + " needs medianMs > 0 and p95Ms at least the median.");
            }
            latency.put(channel, new LatencyModel(median, p95, node.path("source").asText(""), node.path("assumption").asBoolean(false)));
        }
        Map<String, CountryModel> countries = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode node : root.path("countries")) {
            CountryModel country = country(node, name, "$.countries[" + index++ + "]");
            countries.put(country.country(), country);
        }
        return new DeliveryModel(global, latency, countries, country(root.path("defaultCountry"), name, "$.defaultCountry"));
    }

    /** Why a global figure is out of range (the rest of a sentence), or {@code null}. */
    static String globalRangeProblem(String key, double value) {
        if (!Double.isFinite(value)) {
            return "must be a finite number.";
        }
        return switch (key) {
            // A WhatsApp authentication template carries a code of at most 15 characters.
            case "codeLength" -> value >= 4 && value <= 15 && value == Math.rint(value)
                    ? null : "must be a whole number of digits from 4 to 15.";
            case "verifyAttempts", "sendsPerWindow" -> value >= 1 && value == Math.rint(value)
                    ? null : "must be a whole number of at least 1.";
            case "voiceSuccess", "providerSuccess", "tenantHasSmsOptIn" -> value >= 0 && value <= 1
                    ? null : "must be a share from 0 to 1.";
            case "fallbackTimeoutMs", "codeLifetimeSeconds", "sendWindowSeconds" -> value > 0
                    ? null : "must be more than 0.";
            default -> value >= 0 ? null : "must be at least 0.";
        };
    }

    private static CountryModel country(JsonNode node, String name, String at) throws ModelFileException {
        String code = node.path("country").asText("").strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new ModelFileException(name + ": " + at + ".country is missing.");
        }
        double[] values = new double[5];
        String[] fields = {"whatsappAdoption", "whatsappSuccess", "smsSuccess", "whatsappPriceUsd", "smsPriceUsd"};
        for (int i = 0; i < fields.length; i++) {
            JsonNode value = node.path(fields[i]);
            if (!value.isNumber() || value.asDouble() < 0 || (i < 3 && value.asDouble() > 1)) {
                throw new ModelFileException(name + ": " + at + "." + fields[i] + " must be a number"
                        + (i < 3 ? " from 0 to 1." : " of at least 0."));
            }
            values[i] = value.asDouble();
        }
        return new CountryModel(code, values[0], values[1], values[2], values[3], values[4], node.path("source").asText(""),
                node.path("date").asText(null), node.path("assumption").asBoolean(false));
    }

    public static void write(DeliveryModel model, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode global = root.putObject("global");
        model.global().forEach((key, figure) -> {
            ObjectNode node = global.putObject(key);
            node.put("value", figure.value());
            node.put("source", figure.source());
            if (figure.date() != null) {
                node.put("date", figure.date());
            }
            node.put("assumption", figure.assumption());
        });
        ObjectNode latency = root.putObject("latency");
        model.latency().forEach((channel, l) -> latency.putObject(channel.jsonName()).put("medianMs", l.medianMs())
                .put("p95Ms", l.p95Ms()).put("source", l.source()).put("assumption", l.assumption()));
        var countries = root.putArray("countries");
        model.countries().values().forEach(c -> countries.add(countryNode(c)));
        root.set("defaultCountry", countryNode(model.defaultCountry()));
        AtomicFile.write(file, out -> JSON.writeValue(out, root));
    }

    private static ObjectNode countryNode(CountryModel c) {
        ObjectNode node = JSON.createObjectNode();
        node.put("country", c.country()).put("whatsappAdoption", c.whatsappAdoption()).put("whatsappSuccess", c.whatsappSuccess())
                .put("smsSuccess", c.smsSuccess()).put("whatsappPriceUsd", c.whatsappPriceUsd()).put("smsPriceUsd", c.smsPriceUsd())
                .put("source", c.source()).put("assumption", c.assumption());
        if (c.date() != null) {
            node.put("date", c.date());
        }
        return node;
    }

    private static DeliveryModel loadBuiltIn() {
        try (InputStream in = DeliveryModelJson.class.getResourceAsStream("delivery-model.json")) {
            return read(in, "delivery-model.json");
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in delivery model cannot be read", e);
        }
    }
}
