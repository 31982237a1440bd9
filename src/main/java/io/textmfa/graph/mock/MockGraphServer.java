package io.textmfa.graph.mock;

import com.sun.net.httpserver.HttpServer;
import io.textmfa.tenant.AuthenticationMethodsPolicy;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.TenantSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process Microsoft Graph v1.0 that serves a {@link TenantSnapshot} over loopback HTTP in
 * Graph's wire format, for ingest tests and benchmarks. Plays the limits and faults of a
 * {@link MockScenario}, checks the bearer token, keeps the SMS configuration PATCHes and counts
 * what it sees. Start it, point the client at {@link #baseUrl()}, close it.
 *
 * <p>Endpoints (relative to {@code /v1.0}; segment names ignore case; {@code $top} and
 * {@code %24top} both work): {@code GET /organization}, {@code GET /subscribedSkus}, {@code GET /users} (paged),
 * {@code GET /users/{id}/authentication/phoneMethods}, {@code GET /groups/{id}},
 * {@code GET /groups/{id}/transitiveMembers/graph.user} (paged),
 * {@code GET /reports/authenticationMethods/userRegistrationDetails} (paged),
 * {@code GET /policies/authenticationMethodsPolicy},
 * {@code GET|PATCH /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/{id}}
 * and {@code POST /$batch}.
 */
public final class MockGraphServer implements AutoCloseable {
    /** The base path every endpoint lives under. */
    public static final String BASE_PATH = "/v1.0";
    /** Error code of userRegistrationDetails in a tenant without Entra ID P1/P2 ({@link MockScenario#unlicensedRegistrationDetails()}). */
    public static final String UNLICENSED_CODE = "Authentication_RequestFromNonPremiumTenantOrB2CTenant";
    /** Error message of userRegistrationDetails in a tenant without Entra ID P1/P2. */
    public static final String UNLICENSED_MESSAGE = "Tenant does not have a SKU required for this feature.";
    /** Error code of a path made forbidden by {@link MockScenario#forbidden(String)}. */
    public static final String FORBIDDEN_CODE = GraphDispatcher.FORBIDDEN_CODE;
    /** Error code of an expired skip token ({@link MockScenario#expiredSkipTokenOnce(int)}). */
    public static final String EXPIRED_TOKEN_CODE = PageFaults.EXPIRED_TOKEN_CODE;
    /** Error code of a missing or refused bearer token. */
    public static final String INVALID_TOKEN_CODE = "InvalidAuthenticationToken";

    private static final Logger LOG = LoggerFactory.getLogger(MockGraphServer.class);
    private static final int THREADS = 4;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final TenantSnapshot snapshot;
    private final RequestCounters counters = new RequestCounters();
    private final PolicyEndpoints policy;
    private final DirectoryEndpoints directory;
    private final Throttle throttle;
    private final GraphHttpHandler http;
    private volatile String baseUrl;
    private HttpServer server;
    private ExecutorService executor;
    private boolean closed;

    /** A well-behaved Graph serving {@code snapshot}. */
    public MockGraphServer(TenantSnapshot snapshot) {
        this(snapshot, MockScenario.none());
    }

    /** A Graph serving {@code snapshot} that plays {@code scenario}. */
    public MockGraphServer(TenantSnapshot snapshot, MockScenario scenario) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(scenario, "scenario");
        this.policy = new PolicyEndpoints(snapshot.authenticationMethodsPolicy());
        this.directory = new DirectoryEndpoints(snapshot, new Pager(this::baseUrl), PageFaults.usersWalk(scenario));
        this.throttle = new Throttle(scenario, snapshot.users().size(), System::nanoTime);
        this.http = new GraphHttpHandler(new GraphDispatcher(scenario, directory, policy, throttle, counters), counters);
        LOG.debug("Mock Graph set up with {}", scenario);
    }

    /** Binds 127.0.0.1 on a free port and starts answering; returns this server. */
    public synchronized MockGraphServer start() {
        if (server != null) {
            throw new IllegalStateException("The mock Graph server is already started.");
        }
        disableNagle();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not bind the mock Graph server to 127.0.0.1", e);
        }
        executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", http);
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH;
        server.start();
        LOG.info("Mock Graph listening on {}", baseUrl);
        return this;
    }

    /** Stops answering at once and frees the port; does nothing when not started or already closed. */
    @Override
    public synchronized void close() {
        if (server != null && !closed) {
            closed = true;
            server.stop(0);
            executor.shutdownNow();
            LOG.info("Mock Graph on {} closed after {} requests", baseUrl, counters.total());
        }
    }

    /** {@code http://127.0.0.1:PORT/v1.0}, without trailing slash. */
    public String baseUrl() {
        String url = baseUrl;
        if (url == null) {
            throw new IllegalStateException("The mock Graph server is not started.");
        }
        return url;
    }

    public int port() {
        return URI.create(baseUrl()).getPort();
    }

    /** Accepts only {@code Authorization: Bearer <token>}; others get 401. {@code null} accepts any bearer token again. */
    public void requireToken(String token) {
        http.requireToken(token);
    }

    /** Also accepts requests without {@code Authorization} (as sent by an anonymous authentication provider) unless a token is required. */
    public void allowMissingToken() {
        http.allowMissingToken();
    }

    /** The last {@code Authorization} header received, or {@code null}. It holds a token: never log it. */
    public String lastAuthorization() {
        return http.lastAuthorization();
    }

    /** Makes the next PATCH answer 500 (its body is still recorded; the policy does not change). */
    public void failNextPatch() {
        policy.failNextPatch();
    }

    /** The next PATCH answers 204 but changes nothing (for verify-after-write tests). */
    public void ignoreNextPatch() {
        policy.ignoreNextPatch();
    }

    /** Replaces the served SMS configuration, as another admin would (for conflict tests). */
    public void changeSmsConfiguration(SmsMethodConfiguration sms) {
        policy.replaceSms(sms);
    }

    /** Every PATCH body received, in order, failed ones included. */
    public List<String> patchBodies() {
        return policy.patchBodies();
    }

    /** The policy as served now, with the changes of successful PATCHes. */
    public AuthenticationMethodsPolicy servedPolicy() {
        return policy.current();
    }

    /** HTTP requests received (a $batch counts once), whatever their answer. */
    public long requestCount() {
        return counters.total();
    }

    /** Authenticated requests for one endpoint; inner $batch requests count under their own endpoint. */
    public long requestCount(MockEndpoint endpoint) {
        return counters.of(endpoint);
    }

    /** Requests per endpoint, as {@link #requestCount(MockEndpoint)}. */
    public Map<MockEndpoint, Long> requestCounts() {
        return counters.snapshot();
    }

    /** 429 answers sent, inner $batch ones included. */
    public long throttledCount() {
        return counters.throttledCount();
    }

    /** HTTP requests that carried the SDK retry handler's {@code Retry-Attempt} header. */
    public long retryCount() {
        return counters.retries();
    }

    /** Resource units of the requests admitted (see {@link MockScenario#throttle}), counted even when throttling is off. */
    public long resourceUnits() {
        return throttle.admittedUnits();
    }

    /** Sets the request counters, the 429 count and the resource units back to zero (e.g. after a warm-up). */
    public void resetCounters() {
        counters.reset();
        throttle.resetUnits();
    }

    /**
     * The fewest HTTP requests a perfect client needs to ingest the tenant: pages of users, pages of
     * registration details, 1 for subscribedSkus, 1 for the policy, for each group the served SMS
     * configuration targets 1 GET plus its member pages (none when the group does not exist), and
     * ceil(phoneUsers / batchSize) $batch requests. Page and batch sizes are capped at 999 and 20;
     * an empty collection still takes one page.
     */
    public int minimumRequests(int pageSize, int batchSize, Set<String> phoneUsers) {
        return Math.toIntExact(floor(pageSize, batchSize, phoneUsers).requests());
    }

    /**
     * The least real time a perfect client needs under the scenario's limits: the requests of
     * {@link #minimumRequests} (with {@code $select} on users and members) drawn from a full
     * resource bucket, and the registration-detail pages under the reports limit. Zero when no
     * limit is set.
     */
    public Duration throttlingFloor(int pageSize, int batchSize, Set<String> phoneUsers) {
        IngestFloor floor = floor(pageSize, batchSize, phoneUsers);
        return Duration.ofNanos(throttle.floorNanos(floor.units(), floor.reportRequests()));
    }

    private IngestFloor floor(int pageSize, int batchSize, Set<String> phoneUsers) {
        return IngestFloor.of(snapshot, policy.current(), directory, pageSize, batchSize, phoneUsers.size());
    }

    /**
     * The JDK server writes headers and body as two segments; with Nagle's algorithm on, every
     * answer on a kept-alive connection then waits ~40 ms for the client's delayed ACK. The switch
     * is read once per JVM, when the first JDK HTTP server is created.
     */
    private static void disableNagle() {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "mock-graph-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
