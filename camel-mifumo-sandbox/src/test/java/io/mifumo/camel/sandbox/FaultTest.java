package io.mifumo.camel.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultTest {

    private static final String SEND =
            "{\"message\":\"Hi\",\"recipients\":[\"+255614853618\"],\"sender_id\":\"Quantum\"}";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b.apiKey("k1", 100));

    private final Http http = new Http(SANDBOX.baseUrl(), "k1");

    @Test
    void htmlBadGatewayInsteadOfHandling() {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        sandbox.enqueueFault(Fault.html(502, "<html><body>Bad gateway</body></html>").on("POST", "sms/send"));

        HttpResponse<String> balance = http.get("sms/balance/");
        HttpResponse<String> faulted = http.post("sms/send/", SEND);
        HttpResponse<String> normal = http.post("sms/send/", SEND);

        assertThat(balance.statusCode()).isEqualTo(200);
        assertThat(faulted.statusCode()).isEqualTo(502);
        assertThat(faulted.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(faulted.body()).contains("Bad gateway");
        assertThat(normal.statusCode()).isEqualTo(200);
        assertThat(sandbox.messages()).hasSize(1);
        assertThat(sandbox.balance("k1")).isEqualTo(99);
        assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(2);
        assertThat(sandbox.requests().get(1).status()).isEqualTo(502);
        assertThat(sandbox.pendingFaults()).isZero();
    }

    @Test
    void emptyBodyWithHeadersAndTruncatedJson() {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        sandbox.enqueueFault(Fault.respond(429).header("Retry-After", "1"));
        sandbox.enqueueFault(Fault.json(200, "{\"success\":tr"));

        HttpResponse<String> empty = http.get("sms/balance/");
        HttpResponse<String> truncated = http.get("sms/balance/");

        assertThat(empty.statusCode()).isEqualTo(429);
        assertThat(empty.body()).isEmpty();
        assertThat(empty.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(empty.headers().firstValue("Content-Type")).isEmpty();
        assertThat(truncated.statusCode()).isEqualTo(200);
        assertThat(truncated.body()).isEqualTo("{\"success\":tr");
        assertThat(truncated.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void throttledAppliesTimes() {
        SANDBOX.getSandbox().enqueueFault(Fault.throttled(2).times(2));

        HttpResponse<String> first = http.get("sms/balance/");
        HttpResponse<String> second = http.get("sms/balance/");
        HttpResponse<String> third = http.get("sms/balance/");

        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(Http.json(first).get("detail").asText()).contains("2 seconds");
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(third.statusCode()).isEqualTo(200);
    }

    @Test
    void delayedFaultOutlastsTheClientTimeout() {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        sandbox.enqueueFault(Fault.respond(503).delay(Duration.ofMillis(800)));

        assertThatThrownBy(() -> sendWithTimeout(Duration.ofMillis(200))).hasRootCauseInstanceOf(
                HttpTimeoutException.class);
        assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(1);
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void lateRealAnswerTakesEffect() {
        // C10: the client gives up, but the send happened on the server
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        sandbox.enqueueFault(Fault.delayed(Duration.ofMillis(800)).on("POST", "sms/send"));

        assertThatThrownBy(() -> sendWithTimeout(Duration.ofMillis(200))).hasRootCauseInstanceOf(
                HttpTimeoutException.class);
        assertThat(sandbox.messages()).hasSize(1);
        assertThat(sandbox.balance("k1")).isEqualTo(99);
        assertThat(sandbox.requests()).singleElement().extracting(RecordedRequest::status).isEqualTo(200);

        sandbox.enqueueFault(Fault.delayed(Duration.ofMillis(100)));
        assertThat(http.get("sms/balance/").statusCode()).isEqualTo(200);
    }

    @Test
    void dropConnectionGivesAnIoErrorAndNoState() {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        sandbox.enqueueFault(Fault.dropConnection());

        assertThatThrownBy(() -> http.post("sms/send/", SEND)).isInstanceOf(UncheckedIOException.class);
        assertThat(sandbox.messages()).isEmpty();
        assertThat(sandbox.requests()).singleElement().extracting(RecordedRequest::status).isEqualTo(0);
        assertThat(http.get("sms/balance/").statusCode()).isEqualTo(200);
    }

    @Test
    void dropConnectionIsSeenByHttpUrlConnectionToo() throws IOException {
        // HttpURLConnection silently repeats a GET once after an empty answer, so both attempts must be dropped
        SANDBOX.getSandbox().enqueueFault(Fault.dropConnection().times(2));

        HttpURLConnection connection = (HttpURLConnection) new URL(SANDBOX.baseUrl()
                + "/api/integration/v1/sms/balance/").openConnection();
        connection.setRequestProperty("X-API-Key", "k1");
        connection.setReadTimeout(2_000);
        try {
            assertThatThrownBy(connection::getResponseCode).isInstanceOf(IOException.class);
        } finally {
            connection.disconnect();
        }
        assertThat(SANDBOX.getSandbox().requestCount("GET", "sms/balance")).isEqualTo(2);
    }

    @Test
    void dropAfterHandlingLosesTheAnswerButKeepsTheSend() {
        // C10: the POST reached the server and was charged; only the answer was lost
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        sandbox.enqueueFault(Fault.dropConnection().afterHandling().on("POST", "sms/send"));

        assertThatThrownBy(() -> http.post("sms/send/", SEND)).isInstanceOf(UncheckedIOException.class);

        assertThat(sandbox.messages()).hasSize(1);
        assertThat(sandbox.balance("k1")).isEqualTo(99);
        assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(1);
    }

    @Test
    void replacedAnswerAfterHandling() {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        sandbox.enqueueFault(Fault.html(502, "<html>Bad gateway</html>").afterHandling());

        HttpResponse<String> response = http.post("sms/send/", SEND);

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(sandbox.messages()).hasSize(1);
        assertThat(sandbox.balance("k1")).isEqualTo(99);
    }

    @Test
    void truncatedTransferEndsTheBodyEarly() {
        SANDBOX.getSandbox().enqueueFault(Fault.json(200, "{\"balance\":100,\"currency\":\"credits\"}").truncateAt(12));

        assertThatThrownBy(() -> http.get("sms/balance/")).isInstanceOf(UncheckedIOException.class);
        assertThat(http.get("sms/balance/").statusCode()).isEqualTo(200);
    }

    @Test
    void faultsQueuedOverTheAdminEndpoint() throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(SANDBOX.baseUrl() + "/__sandbox/faults")
                .openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(("{\"status\":503,\"content_type\":\"text/plain\",\"body\":\"down\",\"times\":2,"
                    + "\"headers\":{\"Retry-After\":\"3\"},\"method\":\"GET\",\"path\":\"sms/balance\"}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream in = connection.getInputStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"pending\":2}");
        }

        HttpResponse<String> response = http.get("sms/balance/");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("down");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(SANDBOX.getSandbox().pendingFaults()).isEqualTo(1);
    }

    private HttpResponse<String> sendWithTimeout(Duration timeout) {
        return Http.send(http.request("sms/send/")
                .header("X-API-Key", "k1")
                .header("Content-Type", "application/json")
                .timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(SEND))
                .build());
    }
}
