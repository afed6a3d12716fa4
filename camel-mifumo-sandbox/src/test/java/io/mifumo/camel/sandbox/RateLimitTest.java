package io.mifumo.camel.sandbox;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b
            .apiKey("k1", 1000)
            .apiKey("k2", 1000)
            .rateLimit(3, Duration.ofSeconds(1)));

    @Test
    void headersCountDownThen429WithRetryAfter() throws InterruptedException {
        Http http = new Http(SANDBOX.baseUrl(), "k1");

        HttpResponse<String> first = http.get("sms/balance/");
        HttpResponse<String> second = http.get("sms/status/unknown/");
        HttpResponse<String> third = http.post("sms/send/", "{}");
        HttpResponse<String> refused = http.get("sms/balance/");

        assertThat(first.headers().firstValue("X-RateLimit-Limit")).hasValue("3");
        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).hasValue("2");
        assertThat(second.statusCode()).isEqualTo(404);
        assertThat(second.headers().firstValue("X-RateLimit-Remaining")).hasValue("1");
        assertThat(third.statusCode()).isEqualTo(400);
        assertThat(third.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        long reset = Long.parseLong(first.headers().firstValue("X-RateLimit-Reset").orElseThrow());
        assertThat(reset).isBetween(Instant.now().getEpochSecond(), Instant.now().getEpochSecond() + 2);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(Http.json(refused).get("detail").asText())
                .isEqualTo("Request was throttled. Expected available in 1 seconds.");

        // each key has its own window
        assertThat(new Http(SANDBOX.baseUrl(), "k2").get("sms/balance/").statusCode()).isEqualTo(200);

        Thread.sleep(1_100);
        HttpResponse<String> later = http.get("sms/balance/");
        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(later.headers().firstValue("X-RateLimit-Remaining")).hasValue("2");
    }

    @Test
    void resetClearsWindows() {
        Http http = new Http(SANDBOX.baseUrl(), "k1");
        for (int i = 0; i < 3; i++) {
            http.get("sms/balance/");
        }
        assertThat(http.get("sms/balance/").statusCode()).isEqualTo(429);

        SANDBOX.getSandbox().reset();

        assertThat(http.get("sms/balance/").statusCode()).isEqualTo(200);
    }
}
