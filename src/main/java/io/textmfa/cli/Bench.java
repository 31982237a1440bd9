package io.textmfa.cli;

import io.textmfa.tenant.SnapshotReader;
import io.textmfa.tenant.SnapshotWriter;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.demo.TenantGenerator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.IntConsumer;

/** What the {@code bench} commands share: option checks, the generated tenant, and the timed median. */
final class Bench {
    private Bench() {
    }

    static void checkSizes(int users, int runs, int warmup) {
        if (users < 1 || runs < 1 || warmup < 0) {
            throw new UserInputException("--users and --runs must be at least 1 and --warmup at least 0.");
        }
    }

    /** Generates {@code users} users, writes them as a snapshot and reads it back, as the app would load them. */
    static TenantSnapshot generateAndLoad(int users, long seed, PrintWriter err) throws IOException {
        err.println("Generating and loading " + users + " users...");
        err.flush();
        Path file = Files.createTempFile("textmfa-bench-", ".json");
        try {
            new SnapshotWriter().write(new TenantGenerator(seed).generate(users), file);
            return new SnapshotReader().read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Runs {@code body} {@code warmup} times, collects garbage, then times {@code runs} runs: the median in ms. */
    static double medianMs(int warmup, int runs, IntConsumer body) {
        for (int i = 0; i < warmup; i++) {
            body.accept(i);
        }
        System.gc();
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            body.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        return median(nanos) / 1e6;
    }

    /** The median; for an even count, the mean of the two middle values. */
    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
