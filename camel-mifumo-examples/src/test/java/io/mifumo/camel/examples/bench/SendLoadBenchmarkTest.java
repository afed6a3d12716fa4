package io.mifumo.camel.examples.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short run of the load benchmark: every send succeeds once, no connection stays leased, and the in-flight sends
 * do not hold a thread each. Speed is printed by the benchmark, never asserted.
 */
class SendLoadBenchmarkTest {

    @Test
    void aThousandSendsAtConcurrencyFiftyLeakNothing() throws Exception {
        SendLoadBenchmark.Result result = SendLoadBenchmark.run(1000, 50);
        System.out.println(result);
        assertThat(result.failed()).isZero();
        assertThat(result.messagesStored()).isEqualTo(1000);
        assertThat(result.leasedAfter()).isZero();
        assertThat(result.availableAfter()).isLessThanOrEqualTo(50);
    }
}
