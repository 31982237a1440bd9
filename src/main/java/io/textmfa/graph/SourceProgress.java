package io.textmfa.graph;

import io.textmfa.tenant.SourceState;
import io.textmfa.tenant.TenantCollection;

/** How far one source of the ingest has got: requests, items, throttling waits, and its state when done. */
public record SourceProgress(TenantCollection collection, int requests, int items, int throttleWaits, long waitedMillis,
                             boolean done, SourceState state) {
}
