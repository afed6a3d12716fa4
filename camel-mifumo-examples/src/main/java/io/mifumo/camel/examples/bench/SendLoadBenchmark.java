package io.mifumo.camel.examples.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.mifumo.camel.component.MifumoComponent;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.sandbox.MifumoSandbox;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.hc.core5.pool.PoolStats;

/**
 * Sends N messages at a given concurrency through the async producer against the embedded sandbox and prints the
 * throughput, the latency percentiles, the connection pool afterwards (nothing may stay leased) and the thread count
 * before, during and after. Arguments: [sends, default 10000] [concurrency, default 50].
 */
public final class SendLoadBenchmark {

    private SendLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sends = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Result result = run(sends, concurrency);
        System.out.println(result);
    }

    /**
     * Runs the load and returns the figures.
     */
    public static Result run(int sends, int concurrency) throws Exception {
        try (MifumoSandbox sandbox = MifumoSandbox.builder().threads(concurrency + 16)
                .apiKey("bench-key", sends * 2L).hourlyRateLimit(sends * 2).deliveryDelay(Duration.ofHours(1))
                .requestLogLimit(1000).build().start();
             CamelContext context = new DefaultCamelContext()) {
            MifumoComponent mifumo = new MifumoComponent();
            mifumo.getConfiguration().setApiKey(sandbox.apiKey());
            mifumo.getConfiguration().setBaseUrl(sandbox.baseUrl());
            mifumo.getConfiguration().setSenderId("BENCH");
            context.addComponent("mifumo", mifumo);
            context.start();
            AsyncProducer producer = context.getEndpoint("mifumo:sms/send").createAsyncProducer();
            producer.start();

            int threadsBefore = Thread.activeCount();
            Semaphore inFlight = new Semaphore(concurrency);
            AtomicInteger failed = new AtomicInteger();
            AtomicInteger maxThreads = new AtomicInteger(threadsBefore);
            long[] latencies = new long[sends];
            List<CompletableFuture<Void>> done = new ArrayList<>(sends);
            long started = System.nanoTime();
            for (int i = 0; i < sends; i++) {
                inFlight.acquire();
                int index = i;
                Exchange exchange = new DefaultExchange(context);
                exchange.getMessage().setBody("Benchmark message " + i);
                exchange.getMessage().setHeader(MifumoConstants.RECIPIENTS, String.format("+2557540%05d", i % 100000));
                CompletableFuture<Void> finished = new CompletableFuture<>();
                long sentAt = System.nanoTime();
                producer.process(exchange, doneSync -> {
                    latencies[index] = System.nanoTime() - sentAt;
                    if (exchange.getException() != null) {
                        failed.incrementAndGet();
                    }
                    inFlight.release();
                    finished.complete(null);
                });
                done.add(finished);
                if (i % 500 == 0) {
                    maxThreads.accumulateAndGet(Thread.activeCount(), Math::max);
                }
            }
            CompletableFuture.allOf(done.toArray(new CompletableFuture[0])).get(5, TimeUnit.MINUTES);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            PoolStats stats = mifumo.getClient().getPoolStats();
            for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                    stats.getLeased() > 0 && System.nanoTime() < end; stats = mifumo.getClient().getPoolStats()) {
                Thread.sleep(10);
            }
            producer.stop();
            Arrays.sort(latencies);
            return new Result(sends, concurrency, millis, failed.get(), latencies[sends / 2] / 1_000_000.0,
                    latencies[(int) (sends * 0.99) - 1] / 1_000_000.0, stats.getLeased(), stats.getAvailable(),
                    threadsBefore, maxThreads.get(), Thread.activeCount(), sandbox.messages().size());
        }
    }

    /**
     * The figures of one run.
     */
    public record Result(int sends, int concurrency, long millis, int failed, double p50Millis, double p99Millis,
                         int leasedAfter, int availableAfter, int threadsBefore, int threadsMax, int threadsAfter,
                         int messagesStored) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%d sends at concurrency %d in %d ms (%.0f sends/s), %d failed; latency p50 %.1f ms, p99 %.1f ms;"
                                              + " pool after: %d leased, %d available; threads (this JVM, sandbox"
                                              + " included): %d before, %d at most, %d after; sandbox stored %d",
                    sends, concurrency, millis, sends * 1000.0 / Math.max(1, millis), failed, p50Millis, p99Millis,
                    leasedAfter, availableAfter, threadsBefore, threadsMax, threadsAfter, messagesStored);
        }
    }
}
