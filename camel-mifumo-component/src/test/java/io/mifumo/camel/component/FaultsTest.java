package io.mifumo.camel.component;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.mifumo.camel.component.exception.MifumoException;
import io.mifumo.camel.component.exception.MifumoServerException;
import io.mifumo.camel.component.exception.MifumoTransportException;
import io.mifumo.camel.component.model.sms.SmsBalance;
import io.mifumo.camel.component.service.RetryPolicy;
import io.mifumo.camel.sandbox.Fault;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the producer does when the server misbehaves: which requests are repeated, and which never are.
 */
class FaultsTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension();

    private MifumoSandbox sandbox;
    private CamelSandboxSupport camel;

    @BeforeEach
    void start() throws Exception {
        sandbox = SANDBOX.getSandbox();
        camel = new CamelSandboxSupport(sandbox);
    }

    @AfterEach
    void stop() {
        camel.close();
    }

    @Test
    void aGetIsRepeatedAfterA503AndATimeoutAndSucceeds() {
        sandbox.enqueueFault(Fault.html(503, "<h1>busy</h1>").on("GET", "sms/balance"));
        sandbox.enqueueFault(Fault.delayed(Duration.ofMillis(800)).on("GET", "sms/balance"));
        Exchange exchange = camel.send("mifumo:sms/balance?retryDelay=10&requestTimeout=300", null, null, null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(SmsBalance.class).getBalance()).isPositive();
        assertThat(sandbox.requestCount("GET", "sms/balance")).isEqualTo(3);
    }

    @Test
    void aGetGivesUpAfterMaxRetries() {
        sandbox.enqueueFault(Fault.html(502, "<h1>bad gateway</h1>").on("GET", "sms/balance").times(5));
        Exchange exchange = camel.send("mifumo:sms/balance?retryDelay=10&maxRetries=2", null, null, null);
        assertThat(exchange.getException()).isInstanceOf(MifumoServerException.class);
        assertThat(sandbox.requestCount("GET", "sms/balance")).isEqualTo(3);
    }

    @Test
    void aSendIsNeverRepeatedOnceItMayHaveArrived() {
        // C10: 502, lost answer, dropped connection: exactly one POST each
        sandbox.enqueueFault(Fault.html(502, "<h1>bad gateway</h1>").on("POST", "sms/send"));
        sandbox.enqueueFault(Fault.delayed(Duration.ofMillis(800)).on("POST", "sms/send"));
        sandbox.enqueueFault(Fault.dropConnection().on("POST", "sms/send"));
        for (int i = 1; i <= 3; i++) {
            Exchange exchange = camel.send("mifumo:sms/send?retryDelay=10&requestTimeout=300", "Hi",
                    MifumoConstants.RECIPIENTS, "0754000111");
            assertThat(exchange.getException()).isInstanceOf(MifumoException.class);
            assertThat(((MifumoException) exchange.getException()).isMayHaveBeenDelivered()).isTrue();
            assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(i);
        }
    }

    @Test
    void retryPolicyOnlyRepeatsSendsThatCannotHaveArrived() {
        RetryPolicy policy = new RetryPolicy(2, 100);
        MifumoTransportException refused = new MifumoTransportException("refused", false, null);
        MifumoTransportException lost = new MifumoTransportException("lost", true, null);
        assertThat(policy.delayBeforeRetry(refused, false, 0)).isBetween(50L, 100L);
        assertThat(policy.delayBeforeRetry(refused, false, 1)).isBetween(100L, 200L);
        assertThat(policy.delayBeforeRetry(refused, false, 2)).isEqualTo(-1);
        assertThat(policy.delayBeforeRetry(lost, false, 0)).isEqualTo(-1);
        assertThat(policy.delayBeforeRetry(lost, true, 0)).isPositive();
    }

    @Test
    void aHugeAnswerIsRefusedWithAClearError() {
        String huge = "{\"balance\":1,\"pad\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        sandbox.enqueueFault(Fault.json(200, huge).on("GET", "sms/balance"));
        Exchange exchange = camel.send("mifumo:sms/balance?maxRetries=0", null, null, null);
        assertThat(exchange.getException()).isInstanceOf(MifumoTransportException.class)
                .hasMessageContaining("larger than maxResponseSize (4194304 bytes)");
    }

    @Test
    void aRedirectIsNeverFollowedSoTheKeyNeverLeaves() throws IOException {
        AtomicInteger elsewhere = new AtomicInteger();
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            elsewhere.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        other.start();
        try {
            sandbox.enqueueFault(Fault.respond(302).header("Location",
                    "http://127.0.0.1:" + other.getAddress().getPort() + "/steal").on("GET", "sms/balance"));
            Exchange exchange = camel.send("mifumo:sms/balance", null, null, null);
            assertThat(exchange.getException()).hasMessageContaining("HTTP 302");
            assertThat(elsewhere).hasValue(0);
        } finally {
            other.stop(0);
        }
    }

    @Test
    void aServerThatIsDownAndComesBackIsReachedByARetriedGet() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        CompletableFuture<MifumoSandbox> later = CompletableFuture.supplyAsync(
                () -> MifumoSandbox.builder().port(port).apiKey(sandbox.apiKey(), 77).build().start(),
                CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
        try {
            Exchange exchange = camel.send("mifumo:sms/balance?baseUrl=http://127.0.0.1:" + port
                                           + "&retryDelay=500&maxRetries=4", null, null, null);
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getBody(SmsBalance.class).getBalance()).isEqualByComparingTo("77");
        } finally {
            later.get().close();
        }
    }
}
