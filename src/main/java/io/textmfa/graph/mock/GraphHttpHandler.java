package io.textmfa.graph.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;

/**
 * Turns HTTP exchanges into {@link GraphRequest}s and {@link GraphResponse}s back into HTTP:
 * counts every request, checks the bearer token, strips {@code /v1.0} and writes JSON answers
 * with Graph's {@code request-id} headers.
 */
final class GraphHttpHandler implements HttpHandler {
    static final String JSON_CONTENT_TYPE = "application/json";
    private static final Logger LOG = LoggerFactory.getLogger(GraphHttpHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BEARER = "bearer ";

    private final GraphDispatcher dispatcher;
    private final RequestCounters counters;
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    private volatile String requiredToken;
    private volatile boolean allowMissingToken;

    GraphHttpHandler(GraphDispatcher dispatcher, RequestCounters counters) {
        this.dispatcher = dispatcher;
        this.counters = counters;
    }

    void requireToken(String token) {
        requiredToken = token;
    }

    void allowMissingToken() {
        allowMissingToken = true;
    }

    String lastAuthorization() {
        return lastAuthorization.get();
    }

    @Override
    public void handle(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            counters.request(exchange.getRequestHeaders().containsKey("Retry-Attempt"));
            GraphResponse response;
            try {
                response = respond(exchange);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Mock Graph failed on {} {}", method, path, e);
                response = GraphResponse.error(500, "generalException", "The mock Graph server failed: " + e.getMessage());
            }
            write(exchange, response);
            LOG.debug("{} {} -> {}", method, path, response.status());
        } catch (IOException e) {
            LOG.warn("Mock Graph could not send its answer to {} {}", method, path, e);
        }
    }

    private GraphResponse respond(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            lastAuthorization.set(authorization);
        }
        GraphResponse refused = authenticate(authorization);
        if (refused != null) {
            return refused;
        }
        URI uri = exchange.getRequestURI();
        String path = uri.getPath() == null ? "" : uri.getPath();
        String base = MockGraphServer.BASE_PATH;
        if (!path.equals(base) && !path.startsWith(base + "/")) {
            return GraphResponse.error(400, "BadRequest", "Invalid version: this mock serves " + base + " only.");
        }
        String relative = path.length() == base.length() ? "/" : path.substring(base.length());
        GraphRequest request = GraphRequest.of(exchange.getRequestMethod(), relative, uri.getRawQuery(), body(exchange));
        return dispatcher.dispatch(request, false);
    }

    private GraphResponse authenticate(String authorization) {
        String required = requiredToken;
        if (authorization == null && allowMissingToken && required == null) {
            return null;
        }
        boolean bearer = authorization != null && authorization.length() > BEARER.length()
                && authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER);
        String token = bearer ? authorization.substring(BEARER.length()).trim() : "";
        if (token.isEmpty()) {
            return GraphResponse.error(401, MockGraphServer.INVALID_TOKEN_CODE, "Access token is empty.");
        }
        if (required != null && !required.equals(token)) {
            return GraphResponse.error(401, MockGraphServer.INVALID_TOKEN_CODE,
                    "Access token validation failure. Invalid audience.");
        }
        return null;
    }

    private static String body(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("gzip")) {
            in = new GZIPInputStream(in);
        }
        byte[] bytes = in.readAllBytes();
        return bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static void write(HttpExchange exchange, GraphResponse response) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        String clientRequestId = exchange.getRequestHeaders().getFirst("client-request-id");
        headers.set("request-id", response.requestId());
        headers.set("client-request-id", clientRequestId != null ? clientRequestId : response.requestId());
        response.headers().forEach(headers::set);
        if (response.body() == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(response.body());
        headers.set("Content-Type", JSON_CONTENT_TYPE);
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
