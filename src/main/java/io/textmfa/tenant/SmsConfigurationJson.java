package io.textmfa.tenant;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The SMS method configuration as Graph's PATCH body ({@code @odata.type} included), which is also
 * the format of policy files and backups, so a draft can live in git as "policy as code".
 */
public final class SmsConfigurationJson {
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private SmsConfigurationJson() {
    }

    public static SmsMethodConfiguration read(InputStream in, String name) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            JsonCursor cursor = new JsonCursor(parser, name);
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw cursor.fail("$", "not an SMS configuration: the top level is " + JsonCursor.describe(first) + ".");
            }
            Object configuration = PolicyJsonReader.configuration(cursor);
            if (!(configuration instanceof SmsMethodConfiguration sms)) {
                throw cursor.fail("$.@odata.type", "not an SMS configuration: $.@odata.type must be \""
                        + SmsMethodConfiguration.ODATA_TYPE + "\".");
            }
            return sms;
        } catch (StreamReadException e) {
            throw new SnapshotFormatException(name, "$", "invalid JSON (" + e.getOriginalMessage() + ").", e);
        }
    }

    public static void write(SmsMethodConfiguration sms, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            SnapshotWriter.writeSms(g, sms);
            g.writeRaw('\n');
        }
    }

    public static byte[] bytes(SmsMethodConfiguration sms) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(sms, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
