package io.textmfa.tenant;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a snapshot file (format v1, see docs/snapshot-format.md) by streaming: users are mapped to
 * records one at a time and no JSON tree is built, so a 100k-user file loads in about the time
 * and memory of its records. Unknown properties are ignored; anything that makes the file unusable
 * fails with a {@link SnapshotFormatException} naming the file and the JSON path.
 */
public final class SnapshotReader {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    public TenantSnapshot read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new SnapshotFormatException(name, "$", "this is a folder, not a snapshot file.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new SnapshotFormatException(name, "$", "the file does not exist (" + file.toAbsolutePath() + ").", e);
        }
    }

    public TenantSnapshot read(InputStream in, String fileName) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            JsonCursor cursor = new JsonCursor(parser, fileName);
            try {
                return readRoot(cursor);
            } catch (JsonEOFException e) {
                throw new SnapshotFormatException(fileName, JsonCursor.pathOf(parser.getParsingContext()),
                        "the file ends too early inside " + JsonCursor.pathOf(parser.getParsingContext())
                                + " (line " + e.getLocation().getLineNr() + "); it is truncated or incomplete.", e);
            } catch (CharConversionException e) {
                String at = JsonCursor.pathOf(parser.getParsingContext());
                throw new SnapshotFormatException(fileName, at, "the file is not UTF-8 encoded JSON (near " + at
                        + "); save it as UTF-8.", e);
            } catch (StreamReadException e) {
                String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
                String at = JsonCursor.pathOf(parser.getParsingContext());
                if (detail.startsWith("Unexpected end-of-input")) {
                    throw new SnapshotFormatException(fileName, at, "the file ends too early inside " + at + " (line "
                            + e.getLocation().getLineNr() + "); it is truncated or incomplete.", e);
                }
                if (detail.startsWith("Invalid UTF-8")) {
                    throw new SnapshotFormatException(fileName, at, "the file is not UTF-8 encoded JSON (near " + at
                            + ", line " + e.getLocation().getLineNr() + "); save it as UTF-8.", e);
                }
                throw new SnapshotFormatException(fileName, at, "invalid JSON at " + at + " (line "
                        + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + "): "
                        + detail.replaceAll("\\s+$", "") + ".", e);
            }
        }
    }

    private TenantSnapshot readRoot(JsonCursor c) throws IOException {
        JsonParser p = c.parser();
        JsonToken first = p.nextToken();
        if (first == null) {
            throw c.fail("$", "the file is empty; it is not a TextMFA snapshot.");
        }
        if (first != JsonToken.START_OBJECT) {
            throw c.fail("$", "not a TextMFA snapshot: the top level is " + JsonCursor.describe(first)
                    + ", expected an object with \"format\": \"" + TenantSnapshot.FORMAT + "\".");
        }
        Root root = new Root();
        for (String field = c.nextField(); field != null; field = c.nextField()) {
            switch (field) {
                case "format" -> checkFormat(c, c.text());
                case "version" -> root.version = checkVersion(c);
                case "capturedAt" -> root.capturedAt = instant(c);
                case "source" -> root.source = source(c);
                case "tenant" -> root.tenant = tenant(c);
                case "subscribedSkus" -> root.skus = SnapshotCollectionsReader.subscribedSkus(c);
                case "users" -> root.users = root.collections.users(c);
                case "groups" -> root.groups = root.collections.groups(c);
                case "phoneMethods" -> root.phoneMethods = root.collections.phoneMethods(c);
                case "userRegistrationDetails" -> root.registrations = root.collections.registrationDetails(c);
                case "authenticationMethodsPolicy" -> root.policy = PolicyJsonReader.policy(c);
                case "sources" -> root.sources = sources(c);
                default -> c.skip();
            }
            if ("format".equals(field)) {
                root.formatSeen = true;
            }
        }
        if (!root.formatSeen) {
            throw c.fail("$.format", "not a TextMFA snapshot: $.format is missing (expected \""
                    + TenantSnapshot.FORMAT + "\").");
        }
        if (root.version == null) {
            throw c.fail("$.version", "$.version is missing; a snapshot must say which format version it uses.");
        }
        if (root.tenant == null) {
            throw c.fail("$.tenant", "$.tenant is missing; a snapshot must name its tenant.");
        }
        return new TenantSnapshot(root.capturedAt, root.source == null ? SnapshotSource.FILE : root.source,
                root.tenant, root.skus, root.users, root.groups, root.phoneMethods, root.registrations,
                root.policy, root.sources);
    }

    private static void checkFormat(JsonCursor c, String format) throws SnapshotFormatException {
        if (!TenantSnapshot.FORMAT.equals(format)) {
            throw c.fail("$.format", "not a TextMFA snapshot: $.format is "
                    + (format == null ? "null" : "\"" + format + "\"") + ", expected \"" + TenantSnapshot.FORMAT + "\".");
        }
    }

    private static Integer checkVersion(JsonCursor c) throws IOException {
        if (c.token() != JsonToken.VALUE_NUMBER_INT) {
            throw c.fail("$.version", "$.version must be a whole number, found " + JsonCursor.describe(c.token()) + ".");
        }
        int version = c.parser().getIntValue();
        if (version > TenantSnapshot.VERSION) {
            throw c.fail("$.version", "snapshot format version " + version + " is newer than this TextMFA Console reads (up to "
                    + TenantSnapshot.VERSION + "); update TextMFA Console to open it.");
        }
        if (version < 1) {
            throw c.fail("$.version", "$.version " + version + " is not a valid snapshot format version.");
        }
        return version;
    }

    private static Instant instant(JsonCursor c) throws IOException {
        String text = c.text();
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw c.fail("$.capturedAt", "$.capturedAt \"" + text + "\" is not an ISO-8601 instant such as 2026-12-01T09:00:00Z.");
        }
    }

    private static SnapshotSource source(JsonCursor c) throws IOException {
        String text = c.text();
        if (text == null) {
            return null;
        }
        SnapshotSource source = SnapshotSource.fromJsonName(text);
        if (source == null) {
            throw c.fail("$.source", "$.source \"" + text + "\" is not one of demo, graph or file.");
        }
        return source;
    }

    private static Tenant tenant(JsonCursor c) throws IOException {
        if (!c.startObject()) {
            return null;
        }
        String id = null;
        String displayName = null;
        String defaultDomain = null;
        for (String field = c.nextField(); field != null; field = c.nextField()) {
            switch (field) {
                case "id" -> id = c.text();
                case "displayName" -> displayName = c.text();
                case "defaultDomain" -> defaultDomain = c.text();
                default -> c.skip();
            }
        }
        if (displayName == null) {
            displayName = defaultDomain != null ? defaultDomain : id != null ? id : "Unnamed tenant";
        }
        return new Tenant(id, displayName, defaultDomain);
    }

    private static Map<TenantCollection, SourceState> sources(JsonCursor c) throws IOException {
        Map<TenantCollection, SourceState> states = new EnumMap<>(TenantCollection.class);
        if (!c.startObject()) {
            return states;
        }
        for (String field = c.nextField(); field != null; field = c.nextField()) {
            TenantCollection collection = TenantCollection.fromJsonName(field);
            if (collection == null) {
                c.skip();
                continue;
            }
            String at = "$.sources." + field;
            if (!c.startObject()) {
                continue;
            }
            SourceStatus status = null;
            String detail = null;
            for (String inner = c.nextField(); inner != null; inner = c.nextField()) {
                switch (inner) {
                    case "state" -> {
                        String text = c.text();
                        status = SourceStatus.fromJsonName(text);
                        if (status == null) {
                            throw c.fail(at + ".state", at + ".state \"" + text
                                    + "\" is not one of complete, partial, forbidden, unlicensed or notRequested.");
                        }
                    }
                    case "detail" -> detail = c.text();
                    default -> c.skip();
                }
            }
            if (status == null) {
                throw c.fail(at + ".state", at + ".state is missing.");
            }
            states.put(collection, new SourceState(status, detail));
        }
        return states;
    }

    /** The top-level values as they are read, in whatever order the file has them. */
    private static final class Root {
        final SnapshotCollectionsReader collections = new SnapshotCollectionsReader();
        boolean formatSeen;
        Integer version;
        Instant capturedAt;
        SnapshotSource source;
        Tenant tenant;
        List<SubscribedSku> skus = List.of();
        List<User> users = List.of();
        List<Group> groups = List.of();
        Map<String, List<PhoneMethod>> phoneMethods = new HashMap<>();
        List<UserRegistrationDetails> registrations = List.of();
        AuthenticationMethodsPolicy policy;
        Map<TenantCollection, SourceState> sources = Map.of();
    }
}
