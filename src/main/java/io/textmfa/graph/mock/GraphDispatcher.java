package io.textmfa.graph.mock;

import java.util.List;
import java.util.Locale;

/**
 * Answers one request, top-level or inside $batch: finds its endpoint, counts it, applies the
 * scenario's access faults and limits, then lets the endpoint answer.
 */
final class GraphDispatcher {
    static final String FORBIDDEN_CODE = "Authorization_RequestDenied";

    private final DirectoryEndpoints directory;
    private final PolicyEndpoints policy;
    private final Throttle throttle;
    private final RequestCounters counters;
    private final BatchEndpoint batch;
    private final java.util.List<String> forbiddenPrefixes;
    private final boolean unlicensedReports;

    GraphDispatcher(MockScenario scenario, DirectoryEndpoints directory, PolicyEndpoints policy, Throttle throttle,
                    RequestCounters counters) {
        this.directory = directory;
        this.policy = policy;
        this.throttle = throttle;
        this.counters = counters;
        this.batch = new BatchEndpoint(inner -> dispatch(inner, true));
        this.forbiddenPrefixes = scenario.forbiddenPrefixes().stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        this.unlicensedReports = scenario.registrationDetailsUnlicensed();
    }

    GraphResponse dispatch(GraphRequest request, boolean inBatch) {
        List<String> segments = request.segments();
        Route route = Route.of(segments);
        counters.endpoint(route.endpoint());
        try {
            if (route.endpoint() == MockEndpoint.UNKNOWN) {
                String segment = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
                return GraphResponse.error(400, "BadRequest", "Resource not found for the segment '" + segment + "'.");
            }
            if (!route.allows(request.method())) {
                return GraphResponse.error(405, "Request_BadRequest",
                        "The method " + request.method() + " is not allowed on " + request.path() + ".");
            }
            if (route.endpoint() == MockEndpoint.BATCH) {
                return inBatch ? GraphResponse.error(400, "BadRequest", "A $batch request cannot be nested.")
                        : batch.answer(request);
            }
            GraphResponse refused = refused(route, request);
            if (refused != null) {
                return refused;
            }
            return answer(route, request);
        } catch (GraphFault fault) {
            return fault.response();
        }
    }

    private GraphResponse refused(Route route, GraphRequest request) {
        String path = request.path().toLowerCase(Locale.ROOT);
        if (forbiddenPrefixes.stream().anyMatch(prefix -> isUnder(path, prefix))) {
            return GraphResponse.error(403, FORBIDDEN_CODE, "Insufficient privileges to complete the operation.");
        }
        if (unlicensedReports && route.endpoint() == MockEndpoint.USER_REGISTRATION_DETAILS) {
            return GraphResponse.error(403, MockGraphServer.UNLICENSED_CODE, MockGraphServer.UNLICENSED_MESSAGE);
        }
        GraphResponse throttled = throttle.admit(route.endpoint(), request);
        if (throttled != null) {
            counters.throttled();
        }
        return throttled;
    }

    private static boolean isUnder(String path, String prefix) {
        return prefix.equals("/") || path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private GraphResponse answer(Route route, GraphRequest request) {
        return switch (route.endpoint()) {
            case ORGANIZATION -> directory.organization();
            case SUBSCRIBED_SKUS -> directory.subscribedSkus();
            case USERS -> directory.users(request);
            case PHONE_METHODS -> directory.phoneMethods(route.id());
            case GROUP -> directory.group(route.id());
            case GROUP_MEMBERS -> directory.groupMembers(route.id(), request);
            case USER_REGISTRATION_DETAILS -> directory.registrationDetails(request);
            case AUTHENTICATION_METHODS_POLICY -> policy.policy();
            case METHOD_CONFIGURATION -> request.method().equals("PATCH")
                    ? policy.patch(route.id(), request) : policy.configuration(route.id());
            case BATCH, UNKNOWN -> throw new IllegalStateException("answered before: " + route.endpoint());
        };
    }
}
