package io.textmfa.graph.mock;

/**
 * The endpoints {@link MockGraphServer} serves, for per-endpoint request counts, each with its
 * cost in Graph's identity-and-access resource units.
 */
public enum MockEndpoint {
    ORGANIZATION(1),
    SUBSCRIBED_SKUS(3),
    USERS(2),
    PHONE_METHODS(1),
    GROUP(1),
    GROUP_MEMBERS(1),
    AUTHENTICATION_METHODS_POLICY(1),
    METHOD_CONFIGURATION(1),
    USER_REGISTRATION_DETAILS(1),
    /** The outer {@code $batch} request; its inner requests count (and cost) under their own endpoints. */
    BATCH(0),
    /** Any path the mock does not know. */
    UNKNOWN(0);

    private final int baseCost;

    MockEndpoint(int baseCost) {
        this.baseCost = baseCost;
    }

    /** Resource units of one request: {@code $select} saves 1, never below 1 for a billable endpoint. */
    int cost(boolean withSelect) {
        if (baseCost == 0) {
            return 0;
        }
        return withSelect ? Math.max(1, baseCost - 1) : baseCost;
    }
}
