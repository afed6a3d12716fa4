package io.mifumo.camel.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.mifumo.camel.sandbox.Fault;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.apache.hc.core5.pool.PoolStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncProducerTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(
            builder -> builder.threads(80).apiKey(MifumoSandbox.DEFAULT_API_KEY, 1_000_000));

    private static long clientThreads() {
        // the sandbox runs in this JVM too: count only the threads that are not its own
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !t.getName().startsWith("mifumo-sandbox")).count();
    }

    @Test
    void sixtyFourSendsInFlightHoldAHandfulOfThreads() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        try (CamelSandboxSupport camel = new CamelSandboxSupport(sandbox)) {
            // warm up: the pool, the I/O reactor and the response executor exist before counting
            camel.send("mifumo:sms/send", "warm", MifumoConstants.RECIPIENTS, "0754000111");
            long before = clientThreads();

            sandbox.enqueueFault(Fault.delayed(Duration.ofMillis(1500)).on("POST", "sms/send").times(64));
            // straight to the async producer from this thread, so no caller thread waits for an answer
            AsyncProducer producer = camel.context.getEndpoint("mifumo:sms/send").createAsyncProducer();
            producer.start();
            List<CompletableFuture<Exchange>> sends = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                Exchange exchange = new DefaultExchange(camel.context);
                exchange.getMessage().setBody("Hello");
                exchange.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111");
                CompletableFuture<Exchange> done = new CompletableFuture<>();
                boolean sync = producer.process(exchange, doneSync -> done.complete(exchange));
                assertThat(sync).as("the producer completes asynchronously").isFalse();
                sends.add(done);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (sandbox.requestCount("POST", "sms/send") < 65 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(65);
            long during = clientThreads();

            for (CompletableFuture<Exchange> send : sends) {
                assertThat(send.get(10, TimeUnit.SECONDS).getException()).isNull();
            }
            assertThat(during - before).as("threads added while 64 sends were in flight").isLessThan(16);
            producer.stop();
            assertThat(sandbox.messages()).hasSize(65);
            // a connection goes back to the pool just after its answer is handed over: wait for it, boundedly
            PoolStats stats = camel.component.getClient().getPoolStats();
            for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                    stats.getLeased() > 0 && System.nanoTime() < end;
                    stats = camel.component.getClient().getPoolStats()) {
                Thread.sleep(10);
            }
            assertThat(stats.getLeased()).as("connections still leased").isZero();
            assertThat(stats.getAvailable()).isLessThanOrEqualTo(50);
        }
    }

    @Test
    void stoppingOneRouteDoesNotCloseTheSharedClient() throws Exception {
        // C14
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        try (CamelSandboxSupport camel = new CamelSandboxSupport(sandbox, new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a").routeId("a").to("mifumo:sms/send?senderId=ROUTEA");
                from("direct:b").routeId("b").to("mifumo:sms/send?senderId=ROUTEB");
            }
        })) {
            sandbox.enqueueFault(Fault.delayed(Duration.ofMillis(500)).on("POST", "sms/send").times(50));
            List<CompletableFuture<Exchange>> sends = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                sends.add(camel.template.asyncSend("direct:b", e -> {
                    e.getMessage().setBody("Hello");
                    e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111");
                }));
            }
            camel.context.getRouteController().stopRoute("a");
            camel.context.removeRoute("a");
            for (CompletableFuture<Exchange> send : sends) {
                assertThat(send.get(10, TimeUnit.SECONDS).getException()).isNull();
            }
            assertThat(sandbox.messages()).hasSize(50);

            camel.context.stop();
            assertThat(camel.component.hasClient()).isFalse();
        }
    }
}
