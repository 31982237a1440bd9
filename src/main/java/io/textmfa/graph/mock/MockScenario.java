package io.textmfa.graph.mock;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The limits and faults a {@link MockGraphServer} plays, all off by default ({@link #none()}).
 * Immutable: every switch returns a new scenario, so one scenario can be shared by many servers.
 *
 * <p>Windows are given in Graph's own time (a 10-second window) and shrunk by
 * {@link #timeScale(double)}; {@code Retry-After} is always sent in whole real seconds, as Graph
 * does, unless {@link #retryAfterSeconds(int)} forces a value (the SDK's retry handler sleeps for
 * real, so tests force 0 or 1).
 *
 * <p>Page numbers of the users walk count from 1: page 1 is the request without
 * {@code $skiptoken}, page k the one whose offset is (k-1) times the request's {@code $top}.
 */
public final class MockScenario {
    static final int GRAPH_DEFAULT = -1;
    static final int NOT_FORCED = -1;

    private int throttleUnits;
    private Duration throttleWindow = Duration.ofSeconds(10);
    private double timeScale = 1.0;
    private int retryAfterSeconds = NOT_FORCED;
    private int reportsRequests;
    private Duration reportsWindow = Duration.ofSeconds(10);
    private java.util.List<String> forbiddenPrefixes = java.util.List.of();
    private boolean unlicensedRegistrationDetails;
    private int unavailableUsersPage;
    private int expiredTokenUsersPage;
    private int loopingUsersPage;
    private int loopBackToPage;

    private MockScenario() {
    }

    private MockScenario(MockScenario other) {
        throttleUnits = other.throttleUnits;
        throttleWindow = other.throttleWindow;
        timeScale = other.timeScale;
        retryAfterSeconds = other.retryAfterSeconds;
        reportsRequests = other.reportsRequests;
        reportsWindow = other.reportsWindow;
        forbiddenPrefixes = other.forbiddenPrefixes;
        unlicensedRegistrationDetails = other.unlicensedRegistrationDetails;
        unavailableUsersPage = other.unavailableUsersPage;
        expiredTokenUsersPage = other.expiredTokenUsersPage;
        loopingUsersPage = other.loopingUsersPage;
        loopBackToPage = other.loopBackToPage;
    }

    /** A well-behaved Graph: no throttling, no faults. */
    public static MockScenario none() {
        return new MockScenario();
    }

    /**
     * Throttles by resource units: a bucket of {@code unitsPerWindow} units, full at start and
     * refilled continuously at that many units per window. GET users costs 2, GET subscribedSkus 3,
     * every other request (inner $batch requests included) 1; {@code $select} saves 1 (never below
     * 1); the outer $batch request itself costs nothing. A request that does not fit gets 429.
     */
    public MockScenario throttle(int unitsPerWindow, Duration window) {
        if (unitsPerWindow <= 0) {
            throw new IllegalArgumentException("unitsPerWindow must be positive");
        }
        MockScenario copy = new MockScenario(this);
        copy.throttleUnits = unitsPerWindow;
        copy.throttleWindow = positive(window, "window");
        return copy;
    }

    /**
     * Throttles like Graph's identity and access service: 3,500 / 5,000 / 8,000 units per 10 s for
     * tenants under 50 / 50 to 500 / over 500 users (the snapshot's user count decides).
     */
    public MockScenario throttleLikeGraph() {
        MockScenario copy = new MockScenario(this);
        copy.throttleUnits = GRAPH_DEFAULT;
        copy.throttleWindow = Duration.ofSeconds(10);
        return copy;
    }

    /** Multiplies every window by {@code factor}: 0.01 makes a 10-second window last 100 ms. */
    public MockScenario timeScale(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("timeScale must be a positive number");
        }
        MockScenario copy = new MockScenario(this);
        copy.timeScale = factor;
        return copy;
    }

    /** Sends this {@code Retry-After} (seconds, 0 allowed) on every 429 and 503 instead of the computed wait. */
    public MockScenario retryAfterSeconds(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must not be negative");
        }
        MockScenario copy = new MockScenario(this);
        copy.retryAfterSeconds = seconds;
        return copy;
    }

    /** Graph's limit of the authentication methods reports: 5 userRegistrationDetails requests per 10 s, else 429. */
    public MockScenario reportsLimit() {
        return reportsLimit(5, Duration.ofSeconds(10));
    }

    /** At most {@code requests} userRegistrationDetails requests in any {@code window} (sliding), else 429. */
    public MockScenario reportsLimit(int requests, Duration window) {
        if (requests <= 0) {
            throw new IllegalArgumentException("requests must be positive");
        }
        MockScenario copy = new MockScenario(this);
        copy.reportsRequests = requests;
        copy.reportsWindow = positive(window, "window");
        return copy;
    }

    /**
     * Answers 403 {@code Authorization_RequestDenied} to every request under this path (calls add up), given
     * relative to {@code /v1.0} (e.g. {@code /reports} simulates AuditLog.Read.All not granted).
     * Matching ignores case and respects segment boundaries; it applies inside $batch too.
     */
    public MockScenario forbidden(String pathPrefix) {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        String prefix = pathPrefix.startsWith("/") ? pathPrefix : "/" + pathPrefix;
        if (prefix.toLowerCase(Locale.ROOT).startsWith("/v1.0/")) {
            prefix = prefix.substring("/v1.0".length());
        }
        while (prefix.length() > 1 && prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        MockScenario copy = new MockScenario(this);
        java.util.List<String> prefixes = new java.util.ArrayList<>(forbiddenPrefixes);
        prefixes.add(prefix);
        copy.forbiddenPrefixes = java.util.List.copyOf(prefixes);
        return copy;
    }

    /**
     * Answers userRegistrationDetails with 403 as for a tenant without Entra ID P1/P2: code
     * {@value MockGraphServer#UNLICENSED_CODE}, message "{@value MockGraphServer#UNLICENSED_MESSAGE}".
     */
    public MockScenario unlicensedRegistrationDetails() {
        MockScenario copy = new MockScenario(this);
        copy.unlicensedRegistrationDetails = true;
        return copy;
    }

    /** Page {@code page} of the users walk answers 503 (with {@code Retry-After}) once, then succeeds. */
    public MockScenario serviceUnavailableOnce(int page) {
        MockScenario copy = new MockScenario(this);
        copy.unavailableUsersPage = atLeast(page, 1, "page");
        return copy;
    }

    /**
     * Page {@code page} (2 or more: page 1 carries no token) of the users walk answers 400
     * {@code DirectoryPageTokenNotFound} once; a client that restarts the walk then succeeds.
     */
    public MockScenario expiredSkipTokenOnce(int page) {
        MockScenario copy = new MockScenario(this);
        copy.expiredTokenUsersPage = atLeast(page, 2, "page");
        return copy;
    }

    /**
     * Page {@code page} of the users walk always links back to the token of page
     * {@code backToPage} (2 &le; backToPage &le; page): its {@code @odata.nextLink} repeats an earlier
     * one, and a client that does not detect the repetition never ends.
     */
    public MockScenario loopingSkipToken(int page, int backToPage) {
        atLeast(page, 2, "page");
        if (backToPage < 2 || backToPage > page) {
            throw new IllegalArgumentException("backToPage must be between 2 and page");
        }
        MockScenario copy = new MockScenario(this);
        copy.loopingUsersPage = page;
        copy.loopBackToPage = backToPage;
        return copy;
    }

    /** Page {@code page} of the users walk always links back to page 2's token. */
    public MockScenario loopingSkipToken(int page) {
        return loopingSkipToken(page, 2);
    }

    int throttleUnits() {
        return throttleUnits;
    }

    Duration throttleWindow() {
        return throttleWindow;
    }

    double timeScale() {
        return timeScale;
    }

    int forcedRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    int reportsRequests() {
        return reportsRequests;
    }

    Duration reportsWindow() {
        return reportsWindow;
    }

    java.util.List<String> forbiddenPrefixes() {
        return forbiddenPrefixes;
    }

    boolean registrationDetailsUnlicensed() {
        return unlicensedRegistrationDetails;
    }

    int unavailableUsersPage() {
        return unavailableUsersPage;
    }

    int expiredTokenUsersPage() {
        return expiredTokenUsersPage;
    }

    int loopingUsersPage() {
        return loopingUsersPage;
    }

    int loopBackToPage() {
        return loopBackToPage;
    }

    /** A window of Graph time as real nanoseconds under the time scale. */
    long scaledNanos(Duration window) {
        return Math.max(1L, Math.round(window.toNanos() * timeScale));
    }

    @Override
    public String toString() {
        return "MockScenario[throttleUnits=" + throttleUnits + ", throttleWindow=" + throttleWindow
                + ", timeScale=" + timeScale + ", retryAfterSeconds=" + retryAfterSeconds
                + ", reportsRequests=" + reportsRequests + ", reportsWindow=" + reportsWindow
                + ", forbiddenPrefixes=" + forbiddenPrefixes + ", unlicensedRegistrationDetails=" + unlicensedRegistrationDetails
                + ", unavailableUsersPage=" + unavailableUsersPage + ", expiredTokenUsersPage=" + expiredTokenUsersPage
                + ", loopingUsersPage=" + loopingUsersPage + ", loopBackToPage=" + loopBackToPage + "]";
    }

    private static Duration positive(Duration window, String name) {
        Objects.requireNonNull(window, name);
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return window;
    }

    private static int atLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min);
        }
        return value;
    }
}
