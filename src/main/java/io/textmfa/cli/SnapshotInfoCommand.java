package io.textmfa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textmfa.report.SafeCsv;
import io.textmfa.tenant.SourceState;
import io.textmfa.tenant.TenantCollection;
import io.textmfa.tenant.TenantOverview;
import io.textmfa.tenant.TenantSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/** {@code textmfa snapshot info}: the tenant, when and how it was captured, and what each collection holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show a snapshot's tenant, capture time, source, counts and the state of each collection.")
public class SnapshotInfoCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException, io.textmfa.graph.GraphFailure {
        TenantSnapshot snapshot = source.load(spec.commandLine().getErr());
        TenantOverview overview = TenantOverview.of(snapshot);
        output.emit(spec.commandLine().getOut(), out -> {
            switch (output.format()) {
                case json -> {
                    JSON.writeValue(nonClosing(out), json(snapshot, overview));
                    out.println();
                }
                case csv -> csv(out, snapshot);
                case table -> table(out, snapshot, overview);
            }
        });
        return ExitCodes.OK;
    }

    private static ObjectNode json(TenantSnapshot snapshot, TenantOverview overview) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode tenant = root.putObject("tenant");
        tenant.put("id", snapshot.tenant().id());
        tenant.put("displayName", snapshot.tenant().displayName());
        tenant.put("defaultDomain", snapshot.tenant().defaultDomain());
        root.put("capturedAt", snapshot.capturedAt() == null ? null : snapshot.capturedAt().toString());
        root.put("source", snapshot.source().jsonName());
        ObjectNode collections = root.putObject("collections");
        for (TenantCollection collection : TenantCollection.values()) {
            SourceState state = snapshot.sourceState(collection);
            ObjectNode node = collections.putObject(collection.jsonName());
            node.put("count", snapshot.count(collection));
            node.put("state", state.state().jsonName());
            node.put("detail", state.detail());
        }
        ObjectNode counts = root.putObject("counts");
        counts.put("users", overview.users());
        counts.put("enabledUsers", overview.enabledUsers());
        counts.put("guests", overview.guests());
        optional(counts, "admins", overview.admins());
        counts.put("subscribedSkus", overview.skus());
        optional(counts, "usersWithPhone", overview.usersWithPhone());
        optional(counts, "phoneOnlyUsers", overview.phoneOnlyUsers());
        ObjectNode byCountry = root.putObject("usersByUsageLocation");
        overview.usersByCountry().forEach(byCountry::put);
        return root;
    }

    private static void optional(ObjectNode node, String name, OptionalInt value) {
        if (value.isPresent()) {
            node.put(name, value.getAsInt());
        } else {
            node.putNull(name);
        }
    }

    private static void csv(PrintWriter out, TenantSnapshot snapshot) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (TenantCollection collection : TenantCollection.values()) {
            SourceState state = snapshot.sourceState(collection);
            rows.add(List.of(collection.jsonName(), String.valueOf(snapshot.count(collection)),
                    state.state().jsonName(), state.detail() == null ? "" : state.detail()));
        }
        SafeCsv.write(out, List.of("collection", "count", "state", "detail"), rows);
    }

    private static void table(PrintWriter out, TenantSnapshot snapshot, TenantOverview overview) {
        out.printf("Tenant       %s%s%n", snapshot.tenant().displayName(),
                snapshot.tenant().defaultDomain() == null ? "" : " (" + snapshot.tenant().defaultDomain() + ")");
        out.printf("Tenant id    %s%n", snapshot.tenant().id() == null ? "-" : snapshot.tenant().id());
        out.printf("Captured at  %s%n", snapshot.capturedAt() == null ? "unknown" : snapshot.capturedAt());
        out.printf("Source       %s%n%n", snapshot.source().jsonName());
        out.printf("%-30s %8s  %-13s %s%n", "Collection", "Count", "State", "Detail");
        for (TenantCollection collection : TenantCollection.values()) {
            SourceState state = snapshot.sourceState(collection);
            out.printf("%-30s %8d  %-13s %s%n", collection.label(), snapshot.count(collection),
                    state.state().jsonName(), state.detail() == null ? "" : state.detail());
        }
        out.println();
        Map<String, String> counts = new java.util.LinkedHashMap<>();
        counts.put("Users", String.valueOf(overview.users()));
        counts.put("Enabled users", String.valueOf(overview.enabledUsers()));
        counts.put("Guests", String.valueOf(overview.guests()));
        counts.put("Admins", text(overview.admins()));
        counts.put("Subscribed SKUs", String.valueOf(overview.skus()));
        counts.put("Users with a registered phone", text(overview.usersWithPhone()));
        counts.put("Phone-only users", text(overview.phoneOnlyUsers()));
        counts.forEach((label, value) -> out.printf("%-30s %8s%n", label, value));
    }

    private static String text(OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : "unknown";
    }

    private static java.io.Writer nonClosing(PrintWriter out) {
        return new java.io.FilterWriter(out) {
            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        };
    }
}
