package io.textmfa.tenant;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A thin layer over Jackson's streaming parser for the snapshot reader: typed reads of the current
 * value that fail with one sentence naming the file and the JSON path, and an interner so that
 * repeated values (SKU ids, country codes, method names) are held once in memory.
 */
final class JsonCursor {
    private final JsonParser parser;
    private final String fileName;
    private final Map<String, String> interned = new HashMap<>();

    JsonCursor(JsonParser parser, String fileName) {
        this.parser = parser;
        this.fileName = fileName;
    }

    JsonParser parser() {
        return parser;
    }

    String fileName() {
        return fileName;
    }

    JsonToken token() {
        return parser.currentToken();
    }

    /** The next field name of the current object, moved onto its value; {@code null} at the object's end. */
    String nextField() throws IOException {
        String name = parser.nextFieldName();
        if (name != null) {
            parser.nextToken();
        }
        return name;
    }

    void skip() throws IOException {
        parser.skipChildren();
    }

    /** The current value as text; {@code null} for JSON null. Numbers and booleans are taken as their text. */
    String text() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != null && token.isScalarValue()) {
            return parser.getText();
        }
        throw fail(path(), path() + " must be a text value, found " + describe(token) + ".");
    }

    /** Like {@link #text()}, holding equal values once. */
    String internedText() throws IOException {
        String value = text();
        if (value == null) {
            return null;
        }
        String known = interned.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    boolean bool(boolean whenNull) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        if (token == JsonToken.VALUE_NULL) {
            return whenNull;
        }
        throw fail(path(), path() + " must be true or false, found " + describe(token) + ".");
    }

    int integer() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getIntValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        throw fail(path(), path() + " must be a whole number, found " + describe(token) + ".");
    }

    /** Fails unless the current token starts an array; returns false for JSON null (an absent list). */
    boolean startArray() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            return true;
        }
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        throw fail(path(), path() + " must be an array, found " + describe(token) + ".");
    }

    /** Moves to the next array element; false at the array's end. */
    boolean nextElement() throws IOException {
        return parser.nextToken() != JsonToken.END_ARRAY;
    }

    /** Fails unless the current token starts an object; returns false for JSON null. */
    boolean startObject() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return true;
        }
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        throw fail(path(), path() + " must be an object, found " + describe(token) + ".");
    }

    SnapshotFormatException fail(String jsonPath, String sentence) {
        return new SnapshotFormatException(fileName, jsonPath, sentence);
    }

    /** The JSON path of the current token, such as {@code $.users[3].id}. */
    String path() {
        return pathOf(parser.getParsingContext());
    }

    static String pathOf(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                path.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                path.insert(0, "." + c.getCurrentName());
            }
        }
        return path.insert(0, "$").toString();
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a text value";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }
}
