package io.textmfa.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryModelJsonTest {
    private static final DeliveryModel MODEL = DeliveryModel.builtIn();

    private static DeliveryModel read(String json) throws IOException {
        return DeliveryModelJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "model.json");
    }

    private static String builtInText(Path dir) throws IOException {
        Path file = dir.resolve("model.json");
        DeliveryModelJson.write(MODEL, file);
        return Files.readString(file);
    }

    @Test
    void aWrittenModelReadsBackTheSame(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.json");
        DeliveryModelJson.write(MODEL, file);

        DeliveryModel back = DeliveryModelJson.read(file);

        assertThat(back.countries()).isEqualTo(MODEL.countries());
        assertThat(back.global()).isEqualTo(MODEL.global());
        assertThat(back.latency()).isEqualTo(MODEL.latency());
        assertThat(back.defaultCountry()).isEqualTo(MODEL.defaultCountry());
    }

    @Test
    void aShareAboveOneIsNamedWithItsPath(@TempDir Path dir) throws IOException {
        String json = builtInText(dir).replaceFirst("\"whatsappAdoption\"\\s*:\\s*[0-9.]+", "\"whatsappAdoption\" : 1.5");

        assertThatThrownBy(() -> read(json)).isInstanceOf(ModelFileException.class)
                .hasMessage("model.json: $.countries[0].whatsappAdoption must be a number from 0 to 1.");
    }

    @Test
    void aCodeTooLongForWhatsAppIsRefused(@TempDir Path dir) throws IOException {
        String json = builtInText(dir).replaceFirst("(\"codeLength\"\\s*:\\s*\\{\\s*\"value\"\\s*:\\s*)[0-9.]+", "$120");

        assertThatThrownBy(() -> read(json)).isInstanceOf(ModelFileException.class)
                .hasMessage("model.json: $.global.codeLength.value must be a whole number of digits from 4 to 15.");
    }

    @Test
    void brokenAndForeignFilesGetOneSentence() {
        assertThatThrownBy(() -> read("{\"global\": ")).isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith("model.json: not valid JSON (");
        assertThatThrownBy(() -> read("{\"users\": []}")).isInstanceOf(ModelFileException.class)
                .hasMessage("model.json: not a delivery model; it needs \"global\" and \"countries\".");
        assertThatThrownBy(() -> read("{\"global\": {}, \"countries\": []}")).isInstanceOf(ModelFileException.class)
                .hasMessage("model.json: $.global.fallbackTimeoutMs.value is missing or not a number.");
    }

    @Test
    void globalRanges() {
        assertThat(DeliveryModelJson.globalRangeProblem("codeLength", 6)).isNull();
        assertThat(DeliveryModelJson.globalRangeProblem("codeLength", 6.5)).isNotNull();
        assertThat(DeliveryModelJson.globalRangeProblem("voiceSuccess", 1.2)).isNotNull();
        assertThat(DeliveryModelJson.globalRangeProblem("fallbackTimeoutMs", 0)).isNotNull();
        assertThat(DeliveryModelJson.globalRangeProblem("voicePriceUsd", -0.01)).isNotNull();
        assertThat(DeliveryModelJson.globalRangeProblem("verifyAttempts", 0)).isNotNull();
        assertThat(DeliveryModelJson.globalRangeProblem("providerPriceUsd", Double.NaN)).isNotNull();
    }

    @Property(tries = 200)
    void anyTextIsAModelOrOneSentence(@ForAll("jsonish") String text) {
        try {
            DeliveryModel model = read(text);
            assertThat(model.countries()).isNotNull();
        } catch (ModelFileException e) {
            assertThat(e.getMessage()).startsWith("model.json: ").doesNotContain("\n");
        } catch (IOException e) {
            throw new AssertionError("only ModelFileException may escape: " + e, e);
        }
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> fragments = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"global\"", "\"countries\"",
                "\"value\"", "\"country\"", "\"IN\"", "1", "0.5", "-3", "null", "true", "\"x\"", " ");
        return fragments.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property(tries = 100)
    void countryFiguresInRangeRoundTrip(@ForAll("share") double adoption, @ForAll("share") double sms,
                                        @ForAll("price") double price) throws IOException {
        CountryModel india = MODEL.country("IN");
        DeliveryModel edited = MODEL.withCountry(new CountryModel("IN", adoption, india.whatsappSuccess(), sms, price,
                india.smsPriceUsd(), "edited", null, true));
        Path file = Files.createTempFile("model", ".json");
        try {
            DeliveryModelJson.write(edited, file);
            assertThat(DeliveryModelJson.read(file).country("IN")).isEqualTo(edited.country("IN"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<Double> share() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<Double> price() {
        return Arbitraries.doubles().between(0, 10);
    }
}
