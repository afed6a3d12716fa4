package io.mifumo.camel.component;

import java.util.List;

import io.mifumo.camel.component.exception.MifumoApiException;
import io.mifumo.camel.component.exception.MifumoException;
import io.mifumo.camel.component.exception.MifumoInsufficientCreditsException;
import io.mifumo.camel.component.exception.MifumoRateLimitException;
import io.mifumo.camel.component.exception.MifumoResponseException;
import io.mifumo.camel.component.exception.MifumoSenderIdRejectedException;
import io.mifumo.camel.component.model.sms.DeliveryReport;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.sandbox.DeliveryStatus;
import io.mifumo.camel.sandbox.Fault;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import io.mifumo.camel.sandbox.ReportShape;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Defects a tester found by varying the field cases; each test pins the corrected behaviour.
 */
class BreakerRegressionTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(
            builder -> builder.apiKey(MifumoSandbox.DEFAULT_API_KEY, 100_000));

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

    private Exchange send(String text) {
        return camel.send("mifumo:sms/send?rateLimitMode=fail", text, MifumoConstants.RECIPIENTS, "0754000111");
    }

    @Test
    void theCharacterThatForcedUcs2IsNamed() {
        // C07
        String base = "Karibu J’s duka, bei nafuu kila siku. ";
        Exchange exchange = send(base + "a".repeat(100 - base.length()));
        assertThat(exchange.getMessage().getHeader(MifumoConstants.ENCODING)).isEqualTo("UCS-2");
        assertThat(exchange.getMessage().getHeader(MifumoConstants.NON_GSM_CHARACTER)).isEqualTo("’");
        assertThat(exchange.getMessage().getBody(SendSmsResult.class).getNonGsmCharacter()).isEqualTo("’");
        assertThat(send("plain").getMessage().getHeaders()).doesNotContainKey(MifumoConstants.NON_GSM_CHARACTER);
    }

    @Test
    void anErrorAnswerKeepsItsStatusAndRateLimitHeaders() {
        // C12
        sandbox.enqueueFault(Fault.respond(429).header("Retry-After", "7").header("X-RateLimit-Remaining", "0")
                .header("X-RateLimit-Reset", "1900000000").on("POST", "sms/send"));
        Exchange exchange = send("Hi");
        assertThat(exchange.getException()).isInstanceOf(MifumoRateLimitException.class);
        assertThat(exchange.getMessage().getHeader(MifumoConstants.RATE_LIMIT_REMAINING)).isEqualTo(0L);
        assertThat(exchange.getMessage().getHeader(MifumoConstants.RATE_LIMIT_RESET)).isEqualTo(1900000000L);
        assertThat(exchange.getMessage().getHeader(MifumoConstants.HTTP_STATUS)).isEqualTo(429);
    }

    @Test
    void aSuccessStatusThatSaysItFailedIsNoSuccess() {
        // D1
        sandbox.enqueueFault(Fault.json(200, "{\"success\":false,\"error\":\"Insufficient credits\","
                                             + "\"code\":\"INSUFFICIENT_CREDITS\",\"details\":{}}")
                .on("POST", "sms/send"));
        Exchange refused = send("Hi");
        assertThat(refused.getException()).isInstanceOf(MifumoApiException.class)
                .hasMessageContaining("INSUFFICIENT_CREDITS");
        assertThat(((MifumoException) refused.getException()).isMayHaveBeenDelivered()).isFalse();

        sandbox.enqueueFault(Fault.json(200, "{\"success\":true}").on("POST", "sms/send"));
        Exchange noId = send("Hi");
        assertThat(noId.getException()).isInstanceOf(MifumoResponseException.class)
                .hasMessageContaining("without a message_id");
        assertThat(((MifumoException) noId.getException()).isMayHaveBeenDelivered()).isTrue();

        sandbox.enqueueFault(Fault.json(200, "{}").on("GET", "sms/status"));
        Exchange noStatus = camel.send("mifumo:sms/status?maxRetries=0", null, MifumoConstants.MESSAGE_ID, "m1");
        assertThat(noStatus.getException()).isInstanceOf(MifumoResponseException.class)
                .hasMessageContaining("no status");
    }

    @Test
    void aWaitForAPooledConnectionIsNotAnUnknownOutcome() throws Exception {
        // D9
        camel.component.setMaxConnections(1);
        camel.component.setMaxConnectionsPerRoute(1);
        camel.context.getComponent("mifumo", MifumoComponent.class).stop();
        camel.context.getComponent("mifumo", MifumoComponent.class).start();
        sandbox.enqueueFault(Fault.delayed(java.time.Duration.ofMillis(2000)).on("POST", "sms/send"));
        var first = camel.template.asyncSend("mifumo:sms/send", e -> {
            e.getMessage().setBody("Hi");
            e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111");
        });
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (sandbox.requestCount("POST", "sms/send") < 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Exchange second = camel.send("mifumo:sms/send?connectTimeout=300&maxRetries=0", "Hi",
                MifumoConstants.RECIPIENTS, "0655000222");
        assertThat(second.getException()).hasMessageContaining("no pooled connection became free");
        assertThat(((MifumoException) second.getException()).isMayHaveBeenDelivered()).isFalse();
        assertThat(first.get().getException()).isNull();
        assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPageCappedByTheServerStillHasASuccessor() {
        // D10: limit 200, the API serves at most 100 a page
        sandbox.setReportShape(ReportShape.LIST);
        StringBuilder recipients = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            recipients.append(String.format("+2557540%05d,", i));
        }
        SendSmsResult sent = camel.template.requestBodyAndHeader("mifumo:sms/send", "Hi",
                MifumoConstants.RECIPIENTS, recipients.toString(), SendSmsResult.class);
        sandbox.setRecipientStatus(sent.getMessageId(), null, DeliveryStatus.DELIVERED);
        Exchange page = camel.send("mifumo:sms/delivery-reports?limit=200", null, null, null);
        assertThat((List<DeliveryReport>) page.getMessage().getBody(List.class)).hasSize(100);
        assertThat(page.getMessage().getHeader(MifumoConstants.NEXT_OFFSET)).isEqualTo(100);
    }

    @Test
    void aSenderCodeOnA401IsASenderRejection() {
        // D11
        sandbox.enqueueFault(Fault.json(401, "{\"error\":\"Sender ID not registered\",\"code\":\"INVALID_SENDER_ID\","
                                             + "\"details\":{}}").on("POST", "sms/send"));
        assertThat(send("Hi").getException()).isInstanceOf(MifumoSenderIdRejectedException.class);
    }

    @Test
    void aKeyEchoedBackByTheServerIsRedacted() {
        // D12
        String key = sandbox.apiKey();
        sandbox.enqueueFault(Fault.json(402, "{\"error\":\"No credit for key '" + key + "'\",\"required_credits\":1,"
                                             + "\"current_balance\":0}").on("POST", "sms/send"));
        Exchange json = send("Hi");
        assertThat(json.getException()).isInstanceOf(MifumoInsufficientCreditsException.class);
        assertThat(json.getException().getMessage()).doesNotContain(key).contains("xxxxxx");

        sandbox.enqueueFault(Fault.html(502, "<pre>Authorization: Bearer " + key + "</pre>").on("POST", "sms/send"));
        assertThat(send("Hi").getException().getMessage()).doesNotContain(key);
    }

    @Test
    void aNestedErrorObjectKeepsItsMessage() {
        // D19
        sandbox.enqueueFault(Fault.json(500, "{\"error\":{\"message\":\"upstream down\",\"code\":\"UPSTREAM\"}}")
                .on("POST", "sms/send"));
        MifumoApiException e = (MifumoApiException) send("Hi").getException();
        assertThat(e.getErrorMessage()).isEqualTo("upstream down");
        assertThat(e.getErrorCode()).isEqualTo("UPSTREAM");
    }

    @Test
    void anUnknownRegionFailsAtEndpointCreationAndLowerCaseIsFine() {
        // D20
        assertThatThrownBy(() -> camel.context.getEndpoint("mifumo:sms/send?defaultRegion=XX"))
                .isInstanceOf(ResolveEndpointFailedException.class).hasStackTraceContaining("'XX'");
        Exchange exchange = camel.send("mifumo:sms/send?defaultRegion=tz", "Hi", MifumoConstants.RECIPIENTS,
                "0754000111");
        assertThat(exchange.getException()).isNull();
    }

    @Test
    void aMessageIdCannotClimbThePath() {
        // D21
        camel.send("mifumo:sms/status?maxRetries=0", null, MifumoConstants.MESSAGE_ID, "..");
        assertThat(sandbox.requests()).singleElement()
                .satisfies(r -> assertThat(r.path()).endsWith("/sms/status/%2E%2E/"));
    }
}
