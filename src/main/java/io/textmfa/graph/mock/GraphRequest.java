package io.textmfa.graph.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One request to the mock, top-level or inside {@code $batch}: method, path relative to
 * {@code /v1.0} (decoded, without trailing slash), decoded query parameters and the body text.
 * Query names are decoded and lower-cased, so {@code %24top} and {@code $Top} both read as {@code $top}.
 */
record GraphRequest(String method, String path, Map<String, String> query, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    GraphRequest {
        method = method.toUpperCase(Locale.ROOT);
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** A request from a decoded path and a raw (still percent-encoded) query string. */
    static GraphRequest of(String method, String path, String rawQuery, String body) {
        return new GraphRequest(method, path, parseQuery(rawQuery), body);
    }

    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            query.put(name, value);
        }
        return query;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** The path's segments, without empty ones. */
    List<String> segments() {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    String param(String name) {
        return query.get(name);
    }

    boolean hasSelect() {
        String select = query.get("$select");
        return select != null && !select.isBlank();
    }

    /** The {@code $select} property names, lower-cased; empty when absent. */
    Set<String> select() {
        Set<String> names = new LinkedHashSet<>();
        String select = query.get("$select");
        if (select != null) {
            for (String name : select.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    /** {@code $top} between 1 and {@code max}; {@code fallback} when absent. */
    int top(int fallback, int max) {
        String top = query.get("$top");
        if (top == null || top.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(top.trim());
        } catch (NumberFormatException e) {
            throw GraphFault.badRequest("Request_BadRequest", "Invalid value '" + top + "' for $top.");
        }
        if (value < 1 || value > max) {
            throw GraphFault.badRequest("Request_UnsupportedQuery",
                    "Invalid page size specified: '" + value + "'. Must be between 1 and " + max + " inclusive.");
        }
        return value;
    }

    /** The body as JSON; a 400 fault when it is missing or not JSON. */
    JsonNode json() {
        if (body == null || body.isBlank()) {
            throw GraphFault.badRequest("BadRequest", "The request body is empty; a JSON body is expected.");
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw GraphFault.badRequest("BadRequest", "The request body is not valid JSON.");
        }
    }
}
