package io.mifumo.camel.example.springboot;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.SandboxMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the whole application against the sandbox on a free loopback port: a REST call sends an SMS, the delivery
 * reports arrive in the store, and the actuator shows the mifumo producer health check.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmsApplicationTest {

    static final String KEY = "boot+key/with==";
    static final MifumoSandbox SANDBOX = MifumoSandbox.builder().apiKey(KEY, 1000)
            .deliveryDelay(Duration.ofMillis(50)).failingRecipient("+255754000222").build().start();

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        registry.add("camel.component.mifumo.api-key", () -> KEY);
        registry.add("camel.component.mifumo.base-url", SANDBOX::baseUrl);
        registry.add("camel.component.mifumo.sender-id", () -> "DUKA");
        registry.add("mifumo.example.reports-period", () -> "200");
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    CamelContext camelContext;

    @Test
    void aRestCallSendsAnSmsAndItsDeliveryReportsAreStored() throws Exception {
        ResponseEntity<Map<String, Object>> sent = rest.exchange("/api/sms", HttpMethod.POST,
                new HttpEntity<>(Map.of(
                        "to", List.of("0754 000 111", "+255754000222"), "message", "Habari, karibu!")),
                new ParameterizedTypeReference<>() { });

        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
        String messageId = (String) sent.getBody().get("messageId");
        SandboxMessage message = SANDBOX.message(messageId);
        assertThat(message.sender()).isEqualTo("DUKA");
        assertThat(message.recipients()).containsExactly("+255754000111", "+255754000222");
        assertThat(SANDBOX.requests().get(0).header("Authorization")).isEqualTo("Bearer " + KEY);

        List<Map<String, Object>> reports = List.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (reports.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            reports = rest.exchange("/api/delivery-reports/" + messageId, HttpMethod.GET, null,
                    new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
        }
        assertThat(reports).extracting(r -> r.get("recipient") + " " + r.get("status"))
                .containsExactlyInAnyOrder("+255754000111 delivered", "+255754000222 failed");
    }

    @Test
    void anInvalidNumberIsABadRequestAndNothingIsSent() {
        int before = SANDBOX.requestCount("POST", "sms/send");
        ResponseEntity<Map<String, Object>> answer = rest.exchange("/api/sms", HttpMethod.POST,
                new HttpEntity<>(Map.of("to", List.of("0754ABC"), "message", "Habari")),
                new ParameterizedTypeReference<>() { });

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("violations").toString()).contains("0754ABC");
        assertThat(SANDBOX.requestCount("POST", "sms/send")).isEqualTo(before);
    }

    @Test
    void theActuatorShowsTheMifumoHealthCheck() {
        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
        assertThat(health.getBody()).contains("producer:mifumo-127.0.0.1:" + SANDBOX.port())
                .contains("mifumo.balance");
        assertThat(camelContext.getRouteController().getRouteStatus("poll-delivery-reports").isStarted()).isTrue();
    }
}
