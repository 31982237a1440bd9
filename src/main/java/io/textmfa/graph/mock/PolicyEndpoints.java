package io.textmfa.graph.mock;

import io.textmfa.tenant.AuthenticationMethodsPolicy;
import io.textmfa.tenant.MethodConfiguration;
import io.textmfa.tenant.SmsMethodConfiguration;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The authentication methods policy as served: read in full or one configuration at a time, and
 * the SMS configuration changed by PATCH. Every PATCH body is kept, in order.
 */
final class PolicyEndpoints {
    private volatile AuthenticationMethodsPolicy policy;
    private final List<String> patchBodies = new CopyOnWriteArrayList<>();
    private final AtomicBoolean failNextPatch = new AtomicBoolean();
    private final AtomicBoolean ignoreNextPatch = new AtomicBoolean();

    PolicyEndpoints(AuthenticationMethodsPolicy policy) {
        this.policy = policy != null ? policy : new AuthenticationMethodsPolicy(null, null, List.of());
    }

    AuthenticationMethodsPolicy current() {
        return policy;
    }

    List<String> patchBodies() {
        return List.copyOf(patchBodies);
    }

    void failNextPatch() {
        failNextPatch.set(true);
    }

    void ignoreNextPatch() {
        ignoreNextPatch.set(true);
    }

    synchronized void replaceSms(SmsMethodConfiguration sms) {
        policy = new AuthenticationMethodsPolicy(policy.policyMigrationState(), sms, policy.otherMethods());
    }

    GraphResponse policy() {
        return GraphResponse.ok(GraphJson.policy(policy));
    }

    GraphResponse configuration(String id) {
        AuthenticationMethodsPolicy served = policy;
        if (isSms(id)) {
            return served.sms() == null ? DirectoryEndpoints.notFound(id) : GraphResponse.ok(GraphJson.smsConfiguration(served.sms()));
        }
        for (MethodConfiguration configuration : served.otherMethods()) {
            if (configuration.id() != null && configuration.id().equalsIgnoreCase(id)) {
                return GraphResponse.ok(GraphJson.methodConfiguration(configuration));
            }
        }
        return DirectoryEndpoints.notFound(id);
    }

    GraphResponse patch(String id, GraphRequest request) {
        patchBodies.add(request.body() == null ? "" : request.body());
        if (failNextPatch.compareAndSet(true, false)) {
            return GraphResponse.error(500, "generalException", "General exception while processing.");
        }
        if (!isSms(id)) {
            return GraphResponse.error(400, "BadRequest", "This mock changes only the SMS configuration, not '" + id + "'.");
        }
        if (ignoreNextPatch.compareAndSet(true, false)) {
            return GraphResponse.noContent();
        }
        synchronized (this) {
            AuthenticationMethodsPolicy served = policy;
            if (served.sms() == null) {
                return DirectoryEndpoints.notFound(id);
            }
            SmsMethodConfiguration changed = SmsConfigurationPatch.apply(served.sms(), request.json());
            policy = new AuthenticationMethodsPolicy(served.policyMigrationState(), changed, served.otherMethods());
        }
        return GraphResponse.noContent();
    }

    private static boolean isSms(String id) {
        return "sms".equalsIgnoreCase(id);
    }
}
