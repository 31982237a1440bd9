package io.textmfa.graph.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code POST /$batch}: at most 20 requests with unique ids and relative urls, each answered as if
 * sent alone (with its own status, headers and body, a 429 included); the outer answer is 200.
 * Responses come in reverse order, as Graph promises no order.
 */
final class BatchEndpoint {
    static final int MAX_REQUESTS = 20;
    private static final String VERSION = "/v1.0";

    private final Function<GraphRequest, GraphResponse> inner;

    BatchEndpoint(Function<GraphRequest, GraphResponse> inner) {
        this.inner = inner;
    }

    GraphResponse answer(GraphRequest request) {
        JsonNode body = request.json();
        JsonNode requests = body.path("requests");
        if (!requests.isArray()) {
            throw invalid("Invalid batch payload format: a 'requests' array is expected.");
        }
        if (requests.size() > MAX_REQUESTS) {
            throw invalid("The batch holds " + requests.size() + " requests; at most " + MAX_REQUESTS + " are allowed.");
        }
        List<InnerRequest> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode step : requests) {
            InnerRequest parsed = parse(step);
            if (!ids.add(parsed.id())) {
                throw invalid("The batch holds the request id '" + parsed.id() + "' twice.");
            }
            steps.add(parsed);
        }
        ArrayNode responses = JsonNodeFactory.instance.arrayNode();
        for (int i = steps.size() - 1; i >= 0; i--) {
            InnerRequest step = steps.get(i);
            responses.add(item(step.id(), inner.apply(step.request())));
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.set("responses", responses);
        return GraphResponse.ok(answer);
    }

    private record InnerRequest(String id, GraphRequest request) {
    }

    private static InnerRequest parse(JsonNode step) {
        if (!step.isObject()) {
            throw invalid("Every item of 'requests' must be an object.");
        }
        String id = step.path("id").asText("");
        String method = step.path("method").asText("");
        String url = step.path("url").asText("");
        if (id.isBlank() || method.isBlank() || url.isBlank()) {
            throw invalid("Every batch request needs an 'id', a 'method' and a 'url'.");
        }
        JsonNode body = step.get("body");
        String bodyText = body == null || body.isNull() ? null : body.isTextual() ? body.asText() : body.toString();
        return new InnerRequest(id, relative(method, url, bodyText));
    }

    /** A relative url with or without leading slash; a {@code /v1.0} prefix or an absolute url is tolerated. */
    private static GraphRequest relative(String method, String url, String body) {
        String rest = url.trim();
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            int version = lower.indexOf("/v1.0/");
            if (version < 0) {
                throw invalid("The batch request url '" + url + "' is not under /v1.0.");
            }
            rest = rest.substring(version + VERSION.length());
        } else {
            rest = rest.startsWith("/") ? rest : "/" + rest;
            if (rest.toLowerCase(Locale.ROOT).startsWith(VERSION + "/")) {
                rest = rest.substring(VERSION.length());
            }
        }
        int question = rest.indexOf('?');
        String rawPath = question < 0 ? rest : rest.substring(0, question);
        String rawQuery = question < 0 ? null : rest.substring(question + 1);
        return GraphRequest.of(method, decodePath(rawPath), rawQuery, body);
    }

    private static String decodePath(String rawPath) {
        try {
            return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return rawPath;
        }
    }

    private static ObjectNode item(String id, GraphResponse response) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("id", id);
        item.put("status", response.status());
        ObjectNode headers = item.putObject("headers");
        response.headers().forEach(headers::put);
        if (response.body() != null) {
            headers.put("Content-Type", GraphHttpHandler.JSON_CONTENT_TYPE);
            item.set("body", response.body());
        }
        return item;
    }

    private static GraphFault invalid(String message) {
        return GraphFault.badRequest("BadRequest", message);
    }
}
