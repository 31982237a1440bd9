package io.textmfa.graph;

import io.textmfa.tenant.GraphPageReader;
import io.textmfa.tenant.SourceState;
import io.textmfa.tenant.SourceStatus;
import io.textmfa.tenant.TenantCollection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Walks a paged Graph collection by its absolute nextLinks, mapping each page to records at once.
 * Guards against the hazards peers have met: a skipToken that repeats (loop) or pages that only
 * repeat ids stop the walk and mark it partial; an expired skipToken restarts the walk once.
 */
final class PageWalk<T> {
    /** Parses one page body. */
    @FunctionalInterface
    interface PageParser<T> {
        GraphPageReader.Page<T> parse(byte[] body, String source) throws IOException;
    }

    /** What the walk read and the state it ends in. */
    record Result<T>(List<T> items, SourceState state) {
    }

    private final GraphApi api;
    private final GraphApi.Budget budget;
    private final int cost;
    private final PageParser<T> parser;
    private final Function<T, String> idOf;
    private final TenantCollection collection;

    PageWalk(GraphApi api, GraphApi.Budget budget, int cost, PageParser<T> parser, Function<T, String> idOf,
             TenantCollection collection) {
        this.api = api;
        this.budget = budget;
        this.cost = cost;
        this.parser = parser;
        this.idOf = idOf;
        this.collection = collection;
    }

    Result<T> walk(String firstUrl, SourceTracker tracker, BooleanSupplier cancelled)
            throws GraphFailure, InterruptedException {
        List<T> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> links = new HashSet<>();
        boolean restarted = false;
        int pagesBeforeRestart = 0;
        int pages = 0;
        String url = firstUrl;
        while (url != null) {
            if (cancelled.getAsBoolean()) {
                throw new InterruptedException("cancelled");
            }
            if (!links.add(url)) {
                return new Result<>(items, new SourceState(SourceStatus.PARTIAL, String.format(
                        "the page walk repeated a skipToken after %,d items, so it was stopped", items.size())));
            }
            byte[] body;
            try {
                body = api.get(url, budget, cost, tracker, cancelled);
            } catch (GraphCallException e) {
                if (!restarted && isExpiredToken(e)) {
                    restarted = true;
                    pagesBeforeRestart = pages;
                    pages = 0;
                    links.clear();
                    url = firstUrl;
                    continue;
                }
                return new Result<>(items, SourceStates.fromError(collection, e, items.size()));
            }
            GraphPageReader.Page<T> page;
            try {
                page = parser.parse(body, "Graph " + SourceStates.shortPath(url));
            } catch (IOException e) {
                return new Result<>(items, new SourceState(SourceStatus.PARTIAL, e.getMessage()));
            }
            pages++;
            int fresh = 0;
            for (T item : page.items()) {
                if (ids.add(idOf.apply(item))) {
                    items.add(item);
                    fresh++;
                }
            }
            tracker.page(fresh);
            boolean replaying = restarted && pages <= pagesBeforeRestart;
            if (fresh == 0 && !page.items().isEmpty() && !replaying) {
                return new Result<>(items, new SourceState(SourceStatus.PARTIAL, String.format(
                        "Graph sent a page of ids already read after %,d items, so the walk was stopped", items.size())));
            }
            url = page.nextLink();
        }
        return new Result<>(items, restarted
                ? new SourceState(SourceStatus.COMPLETE, "the walk was restarted once after an expired skipToken")
                : io.textmfa.tenant.SourceState.COMPLETE);
    }

    private static boolean isExpiredToken(GraphCallException e) {
        String code = e.code().toLowerCase(Locale.ROOT);
        String text = e.getMessage().toLowerCase(Locale.ROOT);
        return e.status() == 400 && (code.contains("pagetoken") || code.contains("expired") || text.contains("skiptoken")
                || text.contains("page token"));
    }

    static <T> PageParser<T> parser(ByteParser<T> parser) {
        return (body, source) -> parser.parse(new ByteArrayInputStream(body), source);
    }

    /** A {@link GraphPageReader} method. */
    @FunctionalInterface
    interface ByteParser<T> {
        GraphPageReader.Page<T> parse(java.io.InputStream in, String source) throws IOException;
    }
}
