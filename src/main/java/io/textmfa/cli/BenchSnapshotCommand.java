package io.textmfa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.textmfa.tenant.SnapshotReader;
import io.textmfa.tenant.SnapshotWriter;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.demo.TenantGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code textmfa bench snapshot --users N}: loads a generated snapshot with {@link SnapshotReader} and
 * parses the same bytes with a plain Jackson {@code readTree}, in the same JVM after warm-up, and
 * reports the medians, their ratio and the heap held by the loaded snapshot.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Measure snapshot loading against a plain Jackson parse of the same file.")
public class BenchSnapshotCommand implements Callable<Integer> {
    private static final double MB = 1024.0 * 1024.0;

    @Spec
    CommandSpec spec;

    @Option(names = "--users", paramLabel = "N", defaultValue = "100000", description = "Users in the generated tenant (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "7", description = "Measured runs of each parse (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "3", description = "Warm-up runs of each parse (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        Bench.checkSizes(users, runs, warmup);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = Files.createTempFile("textmfa-bench-", ".json");
        try {
            err.println("Generating " + users + " users...");
            err.flush();
            new SnapshotWriter().write(new TenantGenerator(seed).generate(users), file);
            byte[] bytes = Files.readAllBytes(file);
            SnapshotReader reader = new SnapshotReader();
            ObjectMapper jackson = new ObjectMapper();
            for (int i = 0; i < warmup; i++) {
                reader.read(new ByteArrayInputStream(bytes), "bench");
                jackson.readTree(bytes);
            }
            long[] snapshotNanos = new long[runs];
            long[] treeNanos = new long[runs];
            int loadedUsers = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                loadedUsers = reader.read(new ByteArrayInputStream(bytes), "bench").users().size();
                snapshotNanos[i] = System.nanoTime() - start;
                start = System.nanoTime();
                jackson.readTree(bytes);
                treeNanos[i] = System.nanoTime() - start;
            }
            double snapshotMs = Bench.median(snapshotNanos) / 1e6;
            double treeMs = Bench.median(treeNanos) / 1e6;
            long fileBytes = bytes.length;
            bytes = null;
            long baseline = usedHeapAfterGc();
            TenantSnapshot loaded = new SnapshotReader().read(file);
            long afterLoad = usedHeapAfterGc();
            out.printf("users: %d%n", loadedUsers);
            out.printf("file.mb: %.1f%n", fileBytes / MB);
            out.printf("runs: %d%n", runs);
            out.printf("snapshot.read.ms: %.1f%n", snapshotMs);
            out.printf("jackson.tree.ms: %.1f%n", treeMs);
            out.printf("snapshot.read.ratio: %.2f%n", snapshotMs / treeMs);
            out.printf("heap.after.load.mb: %.1f%n", afterLoad / MB);
            out.printf("heap.snapshot.mb: %.1f%n", (afterLoad - baseline) / MB);
            out.printf("snapshot.users.kept: %d%n", loaded.users().size());
            out.flush();
            return ExitCodes.OK;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
