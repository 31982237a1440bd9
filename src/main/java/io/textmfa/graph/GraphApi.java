package io.textmfa.graph;

import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.ClientAuthenticationException;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.HttpMethod;
import com.microsoft.kiota.RequestAdapter;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The console's door to Microsoft Graph: the Graph SDK's request pipeline (authentication, clouds,
 * redirects, telemetry) with the console's own pacing and retries, so that throttling waits are
 * reported, cancellable and counted. Bodies are returned raw for fast streaming parsing.
 */
public final class GraphApi {
    /** The limit a request counts against. */
    public enum Budget { UNITS, REPORTS }

    /** Told about every wait caused by throttling. */
    @FunctionalInterface
    public interface ThrottleListener {
        void waited(long millis, boolean told);
    }

    private static final HashMap<String, ParsableFactory<? extends Parsable>> ERRORS = new HashMap<>();
    private static final RetryHandlerOption NO_SDK_RETRY = new RetryHandlerOption((delay, count, request, response) -> false, 0, 0);
    private static final int MAX_ATTEMPTS = 8;

    static {
        ERRORS.put("XXX", ODataError::createFromDiscriminatorValue);
    }

    private final RequestAdapter adapter;
    private final String baseUrl;
    private final RateLimiter units;
    private final RateLimiter reports;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();

    GraphApi(RequestAdapter adapter, String baseUrl, GraphLimits limits) {
        this.adapter = adapter;
        this.baseUrl = baseUrl;
        this.units = new RateLimiter(limits.resourceUnits(), limits.unitWindow());
        this.reports = new RateLimiter(limits.reportRequests(), limits.reportWindow());
    }

    /** A Graph connection for the settings; the token is sent only to the Graph host of the settings. */
    public static GraphApi connect(ConnectionSettings settings, TokenCredential credential, GraphLimits limits)
            throws GraphFailure {
        String baseUrl = settings.baseUrl();
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new SignInSetupException("--graph-url " + baseUrl + " is not a URL.", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http") && isLoopback(uri.getHost()))) {
            throw new SignInSetupException("The Graph URL " + baseUrl + " must use https (plain http only for localhost,"
                    + " 127.0.0.1 or [::1]).");
        }
        AzureIdentityAuthenticationProvider auth = new AzureIdentityAuthenticationProvider(credential,
                new String[] {uri.getHost()}, GraphPermissions.scopes(settings));
        GraphServiceClient client = new GraphServiceClient(auth);
        client.getRequestAdapter().setBaseUrl(baseUrl);
        return new GraphApi(client.getRequestAdapter(), baseUrl, limits);
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]") || h.equals("::1");
    }

    /** GET a path (e.g. {@code /users?$top=999}) or an absolute nextLink; returns the body. */
    public byte[] get(String pathOrUrl, Budget budget, int cost, ThrottleListener listener, BooleanSupplier cancelled)
            throws GraphCallException, GraphFailure, InterruptedException {
        return send(HttpMethod.GET, pathOrUrl, null, budget, cost, listener, cancelled);
    }

    /** POST a JSON body (e.g. {@code /$batch}); returns the body. */
    public byte[] post(String path, byte[] json, int cost, ThrottleListener listener, BooleanSupplier cancelled)
            throws GraphCallException, GraphFailure, InterruptedException {
        return send(HttpMethod.POST, path, json, Budget.UNITS, cost, listener, cancelled);
    }

    /** PATCH a JSON body; Graph answers 204. */
    public void patch(String path, byte[] json, ThrottleListener listener, BooleanSupplier cancelled)
            throws GraphCallException, GraphFailure, InterruptedException {
        send(HttpMethod.PATCH, path, json, Budget.UNITS, 1, listener, cancelled);
    }

    private byte[] send(HttpMethod method, String pathOrUrl, byte[] json, Budget budget, int cost,
                        ThrottleListener listener, BooleanSupplier cancelled)
            throws GraphCallException, GraphFailure, InterruptedException {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl;
        for (int attempt = 1; ; attempt++) {
            if (attempt == 1) {
                long waited = (budget == Budget.REPORTS ? reports : units).acquire(cost, cancelled);
                if (waited > 0) {
                    listener.waited(waited / 1_000_000L, false);
                }
            }
            RequestInformation info = new RequestInformation();
            info.httpMethod = method;
            info.setUri(URI.create(url));
            info.headers.add("Accept", "application/json");
            info.addRequestOptions(List.of(NO_SDK_RETRY));
            if (json != null) {
                info.setStreamContent(new ByteArrayInputStream(json), "application/json");
            }
            requests.incrementAndGet();
            try (InputStream body = adapter.sendPrimitive(info, ERRORS, InputStream.class)) {
                return body == null ? new byte[0] : body.readAllBytes();
            } catch (ApiException e) {
                int status = e.getResponseStatusCode();
                if ((status == 429 || status == 503 || status == 504) && attempt < MAX_ATTEMPTS) {
                    long millis = retryAfterMillis(e, attempt);
                    throttled.incrementAndGet();
                    listener.waited(millis, true);
                    sleep(millis, cancelled);
                    continue;
                }
                if (status == 401) {
                    GraphCallException call = callException(e, pathOrUrl);
                    throw new GraphFailure("Graph refused the access token (401" + (call.code().isEmpty() ? "" : " " + call.code())
                            + "): " + call.getMessage() + " Sign in again or check the token's audience and tenant.", e);
                }
                throw callException(e, pathOrUrl);
            } catch (ClientAuthenticationException e) {
                throw new GraphFailure("Sign-in failed: " + firstLine(e.getMessage()), e);
            } catch (IOException e) {
                throw new GraphFailure("Graph could not be reached at " + baseUrl + " (" + e.getMessage() + ").", e);
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof ClientAuthenticationException || e.getClass().getName().contains("Credential")) {
                    throw new GraphFailure("Sign-in failed: " + firstLine(cause.getMessage()), e);
                }
                if (cause instanceof IOException io) {
                    throw new GraphFailure("Graph could not be reached at " + baseUrl + " (" + io.getMessage() + ").", e);
                }
                throw e;
            }
        }
    }

    private static GraphCallException callException(ApiException e, String path) {
        String code = "";
        String message = e.getMessage();
        if (e instanceof ODataError odata && odata.getError() != null) {
            code = odata.getError().getCode() == null ? "" : odata.getError().getCode();
            message = odata.getError().getMessage() == null ? message : odata.getError().getMessage();
        }
        return new GraphCallException(e.getResponseStatusCode(), code, firstLine(message), path);
    }

    private static long retryAfterMillis(ApiException e, int attempt) {
        // Retry-After, but never less than a backoff that grows per attempt: "0" would only meet another 429.
        long backoff = Math.min(30_000L, 100L << Math.min(attempt - 1, 8));
        return Math.max(backoff, toldRetryAfter(e, attempt));
    }

    private static long toldRetryAfter(ApiException e, int attempt) {
        if (e.getResponseHeaders() != null) {
            for (String name : List.of("Retry-After", "retry-after")) {
                Set<String> values = e.getResponseHeaders().get(name);
                if (values != null && !values.isEmpty()) {
                    try {
                        return Math.max(0, Math.round(Double.parseDouble(values.iterator().next().strip()) * 1000));
                    } catch (NumberFormatException ignored) {
                        break;
                    }
                }
            }
        }
        return Math.min(30_000L, 500L * (1L << Math.min(attempt, 6)));
    }

    static void sleep(long millis, BooleanSupplier cancelled) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            if (cancelled.getAsBoolean()) {
                throw new InterruptedException("cancelled");
            }
            Thread.sleep(Math.max(1, Math.min(50, (end - System.nanoTime()) / 1_000_000L)));
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").strip();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public int requestCount() {
        return requests.get();
    }

    public int throttledCount() {
        return throttled.get();
    }
}
