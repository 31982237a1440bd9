package io.textmfa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Bench.median(new long[] {9, 1, 5})).isEqualTo(5);
        assertThat(Bench.median(new long[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void medianMsRunsWarmUpThenTheMeasuredRuns() {
        List<Integer> calls = new ArrayList<>();
        double ms = Bench.medianMs(2, 3, calls::add);
        assertThat(calls).containsExactly(0, 1, 0, 1, 2);
        assertThat(ms).isGreaterThanOrEqualTo(0);
    }

    @Test
    void sizesAreChecked() {
        assertThatThrownBy(() -> Bench.checkSizes(0, 1, 0)).isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> Bench.checkSizes(1, 1, -1)).isInstanceOf(UserInputException.class);
        Bench.checkSizes(1, 1, 0);
    }

    @Test
    void theGeneratedTenantIsLoadedWithTheAskedUsers() throws Exception {
        StringWriter err = new StringWriter();
        assertThat(Bench.generateAndLoad(120, 3, new PrintWriter(err)).users()).hasSize(120);
        assertThat(err.toString()).startsWith("Generating and loading 120 users");
    }
}
