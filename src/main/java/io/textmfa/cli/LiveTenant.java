package io.textmfa.cli;

import io.textmfa.graph.ConnectionSettings;
import io.textmfa.graph.Credentials;
import io.textmfa.graph.GraphApi;
import io.textmfa.graph.GraphFailure;
import io.textmfa.graph.GraphIngest;
import io.textmfa.graph.GraphLimits;
import io.textmfa.graph.SourceProgress;
import io.textmfa.tenant.TenantSnapshot;

import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.function.Function;
import java.time.Clock;

/** Reads a live tenant for the CLI, with progress on stderr. */
final class LiveTenant {
    private LiveTenant() {
    }

    static TenantSnapshot read(ConnectionSettings settings, PrintWriter err, CommandSpec spec) throws GraphFailure {
        Function<String, String> environment = spec.root().userObject() instanceof TextMfaCommand root
                ? root.environment() : System::getenv;
        Credentials credentials = new Credentials(environment, (code, url, message) -> {
            err.println(message);
            err.flush();
        });
        GraphApi api = GraphApi.connect(settings, credentials.create(settings), GraphLimits.published());
        GraphIngest ingest = new GraphIngest(api, GraphIngest.Options.defaults(), progress -> report(progress, err),
                Clock.systemUTC());
        try {
            TenantSnapshot snapshot = ingest.run(settings.tenant(), () -> false);
            err.printf("Read %,d users from %s in %,d Graph requests.%n", snapshot.users().size(), settings.baseUrl(),
                    api.requestCount());
            err.flush();
            return snapshot;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphFailure("Reading the tenant was interrupted.", e);
        }
    }

    private static void report(SourceProgress progress, PrintWriter err) {
        if (progress.done()) {
            synchronized (err) {
                err.printf("%s: %,d items in %,d requests%s, %s%s%n", progress.collection().label(), progress.items(),
                        progress.requests(), progress.throttleWaits() == 0 ? ""
                                : String.format(" (%d throttling waits, %.1f s)", progress.throttleWaits(),
                                progress.waitedMillis() / 1000.0),
                        progress.state().state().jsonName(),
                        progress.state().detail() == null ? "" : ": " + progress.state().detail());
                err.flush();
            }
        }
    }
}
