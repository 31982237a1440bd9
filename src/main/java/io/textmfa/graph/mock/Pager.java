package io.textmfa.graph.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Serves a list as Graph pages: {@code $top} (1 to 999, default 100), an opaque {@code $skiptoken}
 * and an absolute {@code @odata.nextLink} that repeats the request's query with the next token.
 * A token encodes the walk and the offset, so the same position always has the same token.
 */
final class Pager {
    static final int DEFAULT_TOP = 100;
    static final int MAX_TOP = 999;
    static final String SKIP_TOKEN = "$skiptoken";

    private final Supplier<String> baseUrl;

    Pager(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    <T> GraphResponse page(GraphRequest request, String walk, List<T> items, Function<T, ObjectNode> toJson,
                           PageFaults faults) {
        int top = request.top(DEFAULT_TOP, MAX_TOP);
        String token = request.param(SKIP_TOKEN);
        int offset = token == null ? 0 : offset(walk, token);
        int page = offset / top + 1;
        GraphResponse fault = faults.before(page);
        if (fault != null) {
            return fault;
        }
        ArrayNode value = GraphJson.array();
        int end = (int) Math.min(items.size(), (long) offset + top);
        for (int i = offset; i < end; i++) {
            value.add(toJson.apply(items.get(i)));
        }
        int loopTarget = faults.loopTarget(page);
        String nextLink = null;
        if (loopTarget > 0) {
            nextLink = nextLink(request, token(walk, (loopTarget - 1) * top));
        } else if (end < items.size()) {
            nextLink = nextLink(request, token(walk, end));
        }
        return GraphResponse.ok(GraphJson.collection(value, nextLink));
    }

    static String token(String walk, int offset) {
        String plain = walk + "|" + offset;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String walk, String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = plain.lastIndexOf('|');
            if (bar > 0 && plain.substring(0, bar).equals(walk)) {
                int offset = Integer.parseInt(plain.substring(bar + 1));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the fault below
        }
        throw GraphFault.badRequest("Request_BadRequest", "The $skiptoken value is not valid for this request.");
    }

    /** {@code BASE/path?<the request's query without $skiptoken>&$skiptoken=TOKEN}, with literal {@code $}. */
    private String nextLink(GraphRequest request, String token) {
        StringBuilder link = new StringBuilder(baseUrl.get()).append(request.path()).append('?');
        for (Map.Entry<String, String> parameter : request.query().entrySet()) {
            if (!parameter.getKey().equals(SKIP_TOKEN)) {
                link.append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue())).append('&');
            }
        }
        return link.append(SKIP_TOKEN).append('=').append(token).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%24", "$").replace("%2C", ",");
    }
}
