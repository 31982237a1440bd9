package io.textmfa.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textmfa.tenant.GraphPageReader;
import io.textmfa.tenant.PhoneMethod;
import io.textmfa.tenant.SourceState;
import io.textmfa.tenant.SourceStatus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Reads users' phone methods through {@code $batch}, 20 per request, several requests at a time
 * within the pacing limits. A throttled inner request (429) is retried after its Retry-After; the
 * outer status stays 200 whatever the inner ones say. The batch JSON is written here rather than
 * with the SDK's batch classes, which drop an inner 429 silently and cannot re-send a batch.
 */
final class PhoneMethodBatches {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ROUNDS = 12;

    private final GraphApi api;
    private final int batchSize;
    private final ExecutorService pool;

    PhoneMethodBatches(GraphApi api, int batchSize, ExecutorService pool) {
        this.api = api;
        this.batchSize = batchSize;
        this.pool = pool;
    }

    record Result(Map<String, List<PhoneMethod>> methods, SourceState state, Map<String, String> failures, int forbidden) {
    }

    /** The state of two reads together (scope users first, the others after the registration report). */
    static SourceState combine(Result first, Result second, int wanted) {
        Map<String, String> failures = new HashMap<>(first.failures());
        failures.putAll(second.failures());
        return state(wanted, failures, first.forbidden() + second.forbidden());
    }

    Result read(List<String> userIds, SourceTracker tracker, BooleanSupplier cancelled)
            throws GraphFailure, InterruptedException {
        Map<String, List<PhoneMethod>> methods = new ConcurrentHashMap<>();
        List<String> pending = new ArrayList<>(userIds);
        Map<String, String> failures = new ConcurrentHashMap<>();
        int forbidden = 0;
        for (int round = 0; round < MAX_ROUNDS && !pending.isEmpty(); round++) {
            List<String> retry = Collections.synchronizedList(new ArrayList<>());
            long[] wait = {0};
            List<Future<Integer>> sent = new ArrayList<>();
            for (int from = 0; from < pending.size(); from += batchSize) {
                List<String> chunk = pending.subList(from, Math.min(pending.size(), from + batchSize));
                sent.add(pool.submit(() -> batch(chunk, methods, retry, failures, wait, tracker, cancelled)));
            }
            for (Future<Integer> future : sent) {
                try {
                    forbidden += future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof GraphFailure failure) {
                        throw failure;
                    }
                    if (cause instanceof InterruptedException interrupted) {
                        throw interrupted;
                    }
                    throw new GraphFailure("Reading phone methods failed: " + cause, cause);
                }
            }
            pending = new ArrayList<>(retry);
            if (!pending.isEmpty()) {
                // Retry-After, but never less than a backoff that grows per round: a 0 would just meet 429 again.
                long millis = Math.max(wait[0], Math.min(5_000L, 100L << round));
                tracker.waited(millis, true);
                GraphApi.sleep(millis, cancelled);
            }
        }
        pending.forEach(id -> failures.putIfAbsent(id, "still throttled after " + MAX_ROUNDS + " rounds"));
        return new Result(methods, state(userIds.size(), failures, forbidden), Map.copyOf(failures), forbidden);
    }

    /** Sends one batch; returns how many inner requests were refused with 403. */
    private int batch(List<String> chunk, Map<String, List<PhoneMethod>> methods, List<String> retry,
                      Map<String, String> failures, long[] wait, SourceTracker tracker, BooleanSupplier cancelled)
            throws GraphFailure, InterruptedException, IOException {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode requests = body.putArray("requests");
        Map<String, String> userOfStep = new HashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            String step = String.valueOf(i + 1);
            userOfStep.put(step, chunk.get(i));
            requests.addObject().put("id", step).put("method", "GET")
                    .put("url", "/users/" + chunk.get(i) + "/authentication/phoneMethods");
        }
        byte[] answer;
        try {
            answer = api.post("/$batch", JSON.writeValueAsBytes(body), chunk.size(), tracker, cancelled);
        } catch (GraphCallException e) {
            chunk.forEach(id -> failures.put(id, "batch refused: " + e.status() + " " + e.getMessage()));
            return e.status() == 403 ? chunk.size() : 0;
        }
        int forbidden = 0;
        int read = 0;
        for (JsonNode response : JSON.readTree(answer).path("responses")) {
            String user = userOfStep.get(response.path("id").asText());
            if (user == null) {
                continue;
            }
            int status = response.path("status").asInt();
            if (status >= 200 && status < 300) {
                byte[] page = JSON.writeValueAsBytes(response.path("body"));
                List<PhoneMethod> list = GraphPageReader.phoneMethods(new ByteArrayInputStream(page), "Graph $batch").items();
                if (!list.isEmpty()) {
                    methods.put(user, List.copyOf(list));
                }
                failures.remove(user);
                read++;
            } else if (status == 429 || status == 503 || status == 504) {
                retry.add(user);
                long millis = retryAfter(response.path("headers"));
                synchronized (wait) {
                    wait[0] = Math.max(wait[0], millis);
                }
            } else if (status == 404) {
                failures.remove(user);
                read++;
            } else {
                if (status == 403) {
                    forbidden++;
                }
                failures.put(user, status + " " + response.path("body").path("error").path("message").asText(""));
            }
        }
        tracker.page(read);
        return forbidden;
    }

    private static long retryAfter(JsonNode headers) {
        var fields = headers.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (field.getKey().equalsIgnoreCase("Retry-After")) {
                try {
                    return Math.round(Double.parseDouble(field.getValue().asText().strip()) * 1000);
                } catch (NumberFormatException e) {
                    return 1000;
                }
            }
        }
        return 1000;
    }

    private static SourceState state(int wanted, Map<String, String> failures, int forbidden) {
        if (failures.isEmpty()) {
            if (wanted == 0) {
                return SourceState.COMPLETE;
            }
            return new SourceState(SourceStatus.COMPLETE, String.format(
                    "read for the %,d users in SMS scope or with a phone registered", wanted));
        }
        if (forbidden > 0 && forbidden >= failures.size() && failures.size() == wanted) {
            return new SourceState(SourceStatus.FORBIDDEN, GraphPermissions.METHODS + " not granted (Graph answered 403"
                    + " for every user's phone methods)");
        }
        String example = failures.values().iterator().next();
        return new SourceState(SourceStatus.PARTIAL, String.format("phone methods of %,d of %,d users could not be read"
                + " (for example: %s)", failures.size(), wanted, example.length() > 200 ? example.substring(0, 200) : example));
    }
}
