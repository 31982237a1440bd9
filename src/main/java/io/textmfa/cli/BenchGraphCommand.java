package io.textmfa.cli;

import io.textmfa.graph.AuthMethod;
import io.textmfa.graph.Cloud;
import io.textmfa.graph.ConnectionSettings;
import io.textmfa.graph.GraphFailure;
import io.textmfa.graph.GraphIngest;
import io.textmfa.graph.GraphLimits;
import io.textmfa.graph.IngestListener;
import io.textmfa.graph.TenantConnector;
import io.textmfa.graph.mock.MockGraphServer;
import io.textmfa.graph.mock.MockScenario;
import io.textmfa.policy.SmsScope;
import io.textmfa.policy.SmsScopeResolver;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;
import io.textmfa.tenant.UserRegistrationDetails;
import io.textmfa.tenant.demo.TenantGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code textmfa bench graph --users N}: the live ingest against the in-process Graph mock with
 * Graph-like throttling on (windows shortened by {@code --time-scale}), compared with what a perfect
 * client needs: the minimum number of requests and the time the throttling limits alone force.
 */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Measure the Graph ingest against a throttling in-process mock of Microsoft Graph.")
public class BenchGraphCommand implements Callable<Integer> {
    private static final String TOKEN = "bench-token";

    @Spec
    CommandSpec spec;

    @Option(names = "--users", paramLabel = "N", defaultValue = "20000", description = "Users in the mock tenant (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--time-scale", paramLabel = "F", defaultValue = "0.25",
            description = "Shortens Graph's 10-second windows by this factor (default: ${DEFAULT-VALUE}).")
    double timeScale;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws GraphFailure, InterruptedException {
        if (users < 1 || !(timeScale > 0) || timeScale > 1) {
            throw new UserInputException("--users must be at least 1 and --time-scale between 0 and 1.");
        }
        PrintWriter out = spec.commandLine().getOut();
        spec.commandLine().getErr().println("Serving " + users + " users from the Graph mock...");
        TenantSnapshot tenant = new TenantGenerator(seed).generate(users);
        MockScenario scenario = MockScenario.none().throttleLikeGraph().reportsLimit().timeScale(timeScale).retryAfterSeconds(0);
        GraphIngest.Options options = GraphIngest.Options.defaults();
        try (MockGraphServer server = new MockGraphServer(tenant, scenario).start()) {
            server.requireToken(TOKEN);
            ConnectionSettings settings = new ConnectionSettings("bench", null, AuthMethod.TOKEN, null, null, null, "TOKEN",
                    Cloud.GLOBAL, server.baseUrl(), false);
            TenantConnector connector = new TenantConnector(name -> TOKEN, GraphLimits.published().scaled(timeScale),
                    Clock.systemUTC(), options);
            long start = System.nanoTime();
            TenantSnapshot read = connector.read(settings, IngestListener.NONE, (code, url, message) -> { }, () -> false);
            double elapsedMs = (System.nanoTime() - start) / 1e6;
            Set<String> phoneUsers = phoneUsers(tenant);
            long requests = server.requestCount();
            int minimum = server.minimumRequests(options.pageSize(), options.batchSize(), phoneUsers) + 1;
            double floorMs = server.throttlingFloor(options.pageSize(), options.batchSize(), phoneUsers).toNanos() / 1e6;
            boolean complete = java.util.Arrays.stream(io.textmfa.tenant.TenantCollection.values())
                    .allMatch(c -> read.sourceState(c).state().isComplete()
                            || c == io.textmfa.tenant.TenantCollection.GROUPS && GraphIngest.policyGroupsRead(read.sourceState(c)));
            out.printf("users: %d%n", read.users().size());
            out.printf("graph.complete: %d%n", complete ? 1 : 0);
            out.printf("graph.requests: %d%n", requests);
            out.printf("graph.requests.min: %d%n", minimum);
            out.printf("graph.requests.ratio: %.3f%n", (double) requests / minimum);
            out.printf("graph.throttled: %d%n", server.throttledCount());
            out.printf("graph.ms: %.0f%n", elapsedMs);
            out.printf("graph.floor.ms: %.0f%n", floorMs);
            out.printf("graph.floor.ratio: %.2f%n", floorMs <= 0 ? 0 : elapsedMs / floorMs);
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** The users whose phone methods a perfect client reads: in SMS scope or with a phone registered. */
    static Set<String> phoneUsers(TenantSnapshot tenant) {
        SmsScope scope = SmsScopeResolver.resolve(tenant);
        Map<String, UserRegistrationDetails> registered = new HashMap<>();
        tenant.userRegistrationDetails().forEach(r -> registered.put(r.id(), r));
        Set<String> wanted = new HashSet<>();
        for (User user : tenant.users()) {
            UserRegistrationDetails details = registered.get(user.id());
            if (scope.contains(user.id()) || details != null && details.hasPhoneMethod()) {
                wanted.add(user.id());
            }
        }
        return wanted;
    }
}
