package io.labforge.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench runs end to end on a small lab; it measures, it asserts no timings. */
class BenchCommandTest {

    @Test
    void printsEveryCaseWithMedianAndP95() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("bench", "--sizes", "100", "--warmup", "1", "--repeat", "3");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("validate 100 nodes (full)", "re-validate 100 nodes after one edit",
                "load YAML 100 nodes", "save YAML 100 nodes", "heap used with it loaded", "median", "p95");
        assertThat(ValidateCommandTest.run("bench", "--repeat", "0").exit()).isEqualTo(2);
    }
}
