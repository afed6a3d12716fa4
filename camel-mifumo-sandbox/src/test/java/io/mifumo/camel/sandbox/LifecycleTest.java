package io.mifumo.camel.sandbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleTest {

    @Test
    void startsOnAFreeLoopbackPortAndStopsAtOnce() throws IOException {
        long started = System.nanoTime();
        MifumoSandbox sandbox = MifumoSandbox.builder().build().start();
        long startMillis = (System.nanoTime() - started) / 1_000_000;
        int port = sandbox.port();
        // logged, not asserted: timing on a loaded CI machine says little
        System.out.println("Sandbox started in " + startMillis + " ms on port " + port);

        assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(new Http(sandbox).get("sms/balance/").statusCode()).isEqualTo(200);

        long stopping = System.nanoTime();
        sandbox.close();
        System.out.println("Sandbox stopped in " + (System.nanoTime() - stopping) / 1_000_000 + " ms");
        sandbox.close();

        assertThat(sandbox.isRunning()).isFalse();
        try (ServerSocket again = new ServerSocket(port)) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void closeDoesNotWaitForDelayedFaults() {
        MifumoSandbox sandbox = MifumoSandbox.builder().build().start();
        sandbox.enqueueFault(Fault.respond(200).delay(Duration.ofSeconds(30)));
        CompletableFuture<HttpResponse<String>> pending = Http.client().sendAsync(new Http(sandbox)
                .request("sms/balance/").build(), HttpResponse.BodyHandlers.ofString());
        waitFor(() -> sandbox.requests().size() == 1);

        long stopping = System.nanoTime();
        sandbox.close();

        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(5));
        assertThatThrownBy(pending::join).hasCauseInstanceOf(IOException.class);
    }

    @Test
    void resetRestoresTheBuiltState() {
        try (MifumoSandbox sandbox = MifumoSandbox.builder().apiKey("k1", 50).reportShape(ReportShape.LIST).build()
                .start()) {
            Http http = new Http(sandbox);
            http.sendSms("Habari", "+255614853618");
            sandbox.addAccount("extra", 5);
            sandbox.setBalance("k1", 1);
            sandbox.createTenant("k1", "Duka", 3);
            sandbox.enqueueFault(Fault.respond(500));
            sandbox.setReportShape(ReportShape.RESULTS);

            sandbox.reset();

            assertThat(sandbox.messages()).isEmpty();
            assertThat(sandbox.requests()).isEmpty();
            assertThat(sandbox.pendingFaults()).isZero();
            assertThat(sandbox.balance("k1")).isEqualTo(50);
            assertThatThrownBy(() -> sandbox.balance("extra")).isInstanceOf(IllegalArgumentException.class);
            assertThat(sandbox.reportShape()).isEqualTo(ReportShape.LIST);
            assertThat(http.get("sms/balance/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void servesManyConcurrentSendsWithoutLosingCredits() {
        try (MifumoSandbox sandbox = MifumoSandbox.builder().apiKey("k1", 1_000).build().start()) {
            Http http = new Http(sandbox);
            List<CompletableFuture<HttpResponse<String>>> sends = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                HttpRequest request = http.request("sms/send/")
                        .header("X-API-Key", "k1")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"Habari " + i + "\","
                                + "\"recipients\":[\"+255614853618\",\"+255614853619\"],\"sender_id\":\"Quantum\"}"))
                        .build();
                sends.add(Http.client().sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }

            List<Integer> statuses = new ArrayList<>();
            sends.forEach(send -> statuses.add(send.join().statusCode()));

            // 1000 credits pay for 500 sends of 2 recipients; all 150 fit
            assertThat(statuses).containsOnly(200);
            assertThat(sandbox.balance("k1")).isEqualTo(1_000 - 300);
            assertThat(sandbox.messages()).hasSize(150);
            assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(150);
        }
    }

    @Test
    void builderRefusesNonsense() {
        assertThatThrownBy(() -> MifumoSandbox.builder().failureRatio(1.5)).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> MifumoSandbox.builder().apiKey("", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MifumoSandbox.builder().build().port()).isInstanceOf(IllegalStateException.class);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in 5 s");
            }
            Thread.onSpinWait();
        }
    }
}
