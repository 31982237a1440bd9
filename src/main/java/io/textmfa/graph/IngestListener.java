package io.textmfa.graph;

/** Receives the ingest's progress, per source, from the threads that read them. */
@FunctionalInterface
public interface IngestListener {
    IngestListener NONE = progress -> { };

    void progress(SourceProgress progress);
}
