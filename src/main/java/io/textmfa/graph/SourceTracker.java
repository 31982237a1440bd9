package io.textmfa.graph;

import io.textmfa.tenant.SourceState;
import io.textmfa.tenant.TenantCollection;

/** Counts one source's requests, items and waits and reports them to the listener. Thread-safe. */
final class SourceTracker implements GraphApi.ThrottleListener {
    private final TenantCollection collection;
    private final IngestListener listener;
    private int requests;
    private int items;
    private int waits;
    private long waitedMillis;

    SourceTracker(TenantCollection collection, IngestListener listener) {
        this.collection = collection;
        this.listener = listener;
    }

    synchronized void page(int newItems) {
        requests++;
        items += newItems;
        report(false, null);
    }

    @Override
    public synchronized void waited(long millis, boolean told) {
        waits++;
        waitedMillis += millis;
        report(false, null);
    }

    synchronized void done(SourceState state) {
        report(true, state);
    }

    synchronized int items() {
        return items;
    }

    private void report(boolean done, SourceState state) {
        listener.progress(new SourceProgress(collection, requests, items, waits, waitedMillis, done, state));
    }
}
