package io.textmfa.graph;

import io.textmfa.tenant.TenantSnapshot;

import java.time.Clock;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/** Signs in and reads a live tenant: the one call the desktop app needs from this package. */
public final class TenantConnector {
    private final Function<String, String> environment;
    private final GraphLimits limits;
    private final Clock clock;
    private final GraphIngest.Options options;

    public TenantConnector(Function<String, String> environment, GraphLimits limits, Clock clock) {
        this(environment, limits, clock, GraphIngest.Options.defaults());
    }

    public TenantConnector(Function<String, String> environment, GraphLimits limits, Clock clock, GraphIngest.Options options) {
        this.environment = environment;
        this.limits = limits;
        this.clock = clock;
        this.options = options;
    }

    /** Reads the process environment for secrets; paces by Graph's published limits. */
    public static TenantConnector standard() {
        return new TenantConnector(System::getenv, GraphLimits.published(), Clock.systemUTC());
    }

    /** The live SMS configuration of the tenant, for applying a draft (asks for write consent). */
    public io.textmfa.policy.draft.PolicyGateway policyGateway(ConnectionSettings settings, String tenantId,
                                                               Credentials.DeviceCodePrompt prompt) throws GraphFailure {
        return GraphPolicyGateway.connect(settings, new Credentials(environment, prompt), tenantId);
    }

    public TenantSnapshot read(ConnectionSettings settings, IngestListener listener, Credentials.DeviceCodePrompt prompt,
                               BooleanSupplier cancelled) throws GraphFailure, InterruptedException {
        GraphApi api = GraphApi.connect(settings, new Credentials(environment, prompt).create(settings), limits);
        return new GraphIngest(api, options, listener, clock).run(settings.tenant(), cancelled);
    }
}
