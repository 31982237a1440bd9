package io.textmfa.graph.mock;

import java.util.List;

/** Which endpoint a path relative to {@code /v1.0} names, with its id segment; segment names ignore case as Graph does. */
record Route(MockEndpoint endpoint, String id) {
    static final Route UNKNOWN = new Route(MockEndpoint.UNKNOWN, null);

    static Route of(List<String> s) {
        int n = s.size();
        if (n == 1 && is(s, 0, "subscribedSkus")) {
            return new Route(MockEndpoint.SUBSCRIBED_SKUS, null);
        }
        if (n == 1 && is(s, 0, "organization")) {
            return new Route(MockEndpoint.ORGANIZATION, null);
        }
        if (n == 1 && is(s, 0, "users")) {
            return new Route(MockEndpoint.USERS, null);
        }
        if (n == 1 && is(s, 0, "$batch")) {
            return new Route(MockEndpoint.BATCH, null);
        }
        if (n == 4 && is(s, 0, "users") && is(s, 2, "authentication") && is(s, 3, "phoneMethods")) {
            return new Route(MockEndpoint.PHONE_METHODS, s.get(1));
        }
        if (n == 2 && is(s, 0, "groups")) {
            return new Route(MockEndpoint.GROUP, s.get(1));
        }
        if (n == 4 && is(s, 0, "groups") && is(s, 2, "transitiveMembers")
                && (is(s, 3, "graph.user") || is(s, 3, "microsoft.graph.user"))) {
            return new Route(MockEndpoint.GROUP_MEMBERS, s.get(1));
        }
        if (n >= 2 && is(s, 0, "policies") && is(s, 1, "authenticationMethodsPolicy")) {
            if (n == 2) {
                return new Route(MockEndpoint.AUTHENTICATION_METHODS_POLICY, null);
            }
            if (n == 4 && is(s, 2, "authenticationMethodConfigurations")) {
                return new Route(MockEndpoint.METHOD_CONFIGURATION, s.get(3));
            }
        }
        if (n == 3 && is(s, 0, "reports") && is(s, 1, "authenticationMethods") && is(s, 2, "userRegistrationDetails")) {
            return new Route(MockEndpoint.USER_REGISTRATION_DETAILS, null);
        }
        return UNKNOWN;
    }

    boolean allows(String method) {
        return switch (endpoint) {
            case BATCH -> method.equals("POST");
            case METHOD_CONFIGURATION -> method.equals("GET") || method.equals("PATCH");
            case UNKNOWN -> true;
            default -> method.equals("GET");
        };
    }

    private static boolean is(List<String> segments, int index, String name) {
        return segments.get(index).equalsIgnoreCase(name);
    }
}
