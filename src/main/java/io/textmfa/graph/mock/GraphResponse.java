package io.textmfa.graph.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One answer of the mock: status, extra headers (such as {@code Retry-After}) and a JSON body,
 * {@code null} for 204. The same value is written as an HTTP response or as a $batch item.
 */
record GraphResponse(int status, Map<String, String> headers, JsonNode body, String requestId) {
    GraphResponse {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    static GraphResponse ok(JsonNode body) {
        return new GraphResponse(200, Map.of(), body, newRequestId());
    }

    static GraphResponse noContent() {
        return new GraphResponse(204, Map.of(), null, newRequestId());
    }

    /** An OData error: {@code {"error":{"code","message","innerError":{"date","request-id"}}}}. */
    static GraphResponse error(int status, String code, String message) {
        String requestId = newRequestId();
        return new GraphResponse(status, Map.of(), GraphJson.error(code, message, requestId), requestId);
    }

    GraphResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new GraphResponse(status, more, body, requestId);
    }

    /** The OData error code, or {@code null} for a success. */
    String errorCode() {
        if (body instanceof ObjectNode object && object.has("error")) {
            return object.path("error").path("code").asText(null);
        }
        return null;
    }

    private static String newRequestId() {
        return UUID.randomUUID().toString();
    }
}
