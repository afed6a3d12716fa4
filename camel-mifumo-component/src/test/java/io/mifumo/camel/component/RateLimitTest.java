package io.mifumo.camel.component;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import io.mifumo.camel.component.exception.MifumoRateLimitException;
import io.mifumo.camel.component.model.sms.SendSmsResult;
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
 * C11: a 429 with Retry-After is waited out (no thread held) and the send goes through once; a reset further away
 * than maxRateLimitWait, or rateLimitMode=fail, fails with the reset time.
 */
class RateLimitTest {

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

    private Exchange send(String uri) {
        return camel.send(uri, "Hello", MifumoConstants.RECIPIENTS, "0754000111");
    }

    @Test
    void waitsForRetryAfterInSecondsThenSendsOnce() {
        sandbox.enqueueFault(Fault.throttled(1).on("POST", "sms/send"));
        long started = System.nanoTime();
        Exchange exchange = send("mifumo:sms/send");
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(SendSmsResult.class).getMessageId()).isNotBlank();
        assertThat(millis).as("waited about the second Retry-After asked for").isGreaterThanOrEqualTo(900);
        assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(2);
        assertThat(sandbox.messages()).hasSize(1);
    }

    @Test
    void waitsForRetryAfterAsAnHttpDate() {
        String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
        sandbox.enqueueFault(Fault.json(429, "{\"detail\":\"Request was throttled.\"}")
                .header("Retry-After", inTwoSeconds).on("POST", "sms/send"));
        Exchange exchange = send("mifumo:sms/send");
        assertThat(exchange.getException()).isNull();
        assertThat(sandbox.messages()).hasSize(1);
    }

    @Test
    void failsWhenTheResetIsFurtherThanTheLongestWait() {
        sandbox.enqueueFault(Fault.throttled(3600).on("POST", "sms/send"));
        Exchange exchange = send("mifumo:sms/send?maxRateLimitWait=2000");
        assertThat(exchange.getException()).isInstanceOf(MifumoRateLimitException.class);
        MifumoRateLimitException e = (MifumoRateLimitException) exchange.getException();
        assertThat(e.getResetAt()).isNotNull();
        assertThat(e.isMayHaveBeenDelivered()).isFalse();
        assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(1);
    }

    @Test
    void failModeFailsAtOnce() {
        sandbox.enqueueFault(Fault.throttled(1).on("POST", "sms/send"));
        Exchange exchange = send("mifumo:sms/send?rateLimitMode=fail");
        assertThat(exchange.getException()).isInstanceOf(MifumoRateLimitException.class)
                .hasMessageContaining("HTTP 429");
        assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(1);
    }

    @Test
    void anEmptyRecipientsHeaderNeverFallsBackToTheOption() {
        Exchange exchange = camel.send("mifumo:sms/send?recipients=0655000222", "Hello", MifumoConstants.RECIPIENTS,
                "");
        assertThat(exchange.getException()).hasMessageContaining("the header CamelMifumoRecipients is empty");
        assertThat(sandbox.requests()).isEmpty();
    }
}
