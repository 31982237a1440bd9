package io.textmfa.graph.mock;

import java.util.concurrent.atomic.AtomicBoolean;

/** The faults of the scenario that strike one paged walk (the users walk): 503 once, expired token once, loop. */
final class PageFaults {
    static final PageFaults NONE = new PageFaults(0, 0, 0, 0, 0);

    static final String EXPIRED_TOKEN_CODE = "DirectoryPageTokenNotFound";

    private final int unavailablePage;
    private final int expiredTokenPage;
    private final int loopingPage;
    private final int loopBackToPage;
    private final int retryAfterSeconds;
    private final AtomicBoolean unavailableSent = new AtomicBoolean();
    private final AtomicBoolean expiredSent = new AtomicBoolean();

    private PageFaults(int unavailablePage, int expiredTokenPage, int loopingPage, int loopBackToPage, int retryAfterSeconds) {
        this.unavailablePage = unavailablePage;
        this.expiredTokenPage = expiredTokenPage;
        this.loopingPage = loopingPage;
        this.loopBackToPage = loopBackToPage;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static PageFaults usersWalk(MockScenario scenario) {
        int forced = scenario.forcedRetryAfterSeconds();
        return new PageFaults(scenario.unavailableUsersPage(), scenario.expiredTokenUsersPage(),
                scenario.loopingUsersPage(), scenario.loopBackToPage(), forced == MockScenario.NOT_FORCED ? 1 : forced);
    }

    /** The error to answer instead of page {@code page} (1-based), or {@code null}. */
    GraphResponse before(int page) {
        if (page == unavailablePage && unavailableSent.compareAndSet(false, true)) {
            return GraphResponse.error(503, "serviceNotAvailable", "The service is temporarily unavailable. Retry the request.")
                    .withHeader(Throttle.RETRY_AFTER, Integer.toString(retryAfterSeconds));
        }
        if (page == expiredTokenPage && expiredSent.compareAndSet(false, true)) {
            return GraphResponse.error(400, EXPIRED_TOKEN_CODE,
                    "The specified page token value has expired and can no longer be included in your request.");
        }
        return null;
    }

    /** The page that page {@code page}'s next link points to instead of the following one, or 0. */
    int loopTarget(int page) {
        return page == loopingPage ? loopBackToPage : 0;
    }
}
