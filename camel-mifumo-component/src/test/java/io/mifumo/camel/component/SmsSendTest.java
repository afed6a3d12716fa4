package io.mifumo.camel.component;

import java.time.Duration;
import java.util.List;

import io.mifumo.camel.component.exception.MifumoAuthenticationException;
import io.mifumo.camel.component.exception.MifumoBadRequestException;
import io.mifumo.camel.component.exception.MifumoError;
import io.mifumo.camel.component.exception.MifumoException;
import io.mifumo.camel.component.exception.MifumoInsufficientCreditsException;
import io.mifumo.camel.component.exception.MifumoResponseException;
import io.mifumo.camel.component.exception.MifumoSenderIdRejectedException;
import io.mifumo.camel.component.exception.MifumoServerException;
import io.mifumo.camel.component.exception.MifumoTransportException;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.sms.SendSmsRequest;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.sandbox.Fault;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import io.mifumo.camel.sandbox.RecordedRequest;
import io.mifumo.camel.sandbox.SandboxMessage;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSendTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(
            builder -> builder.rejectSenderId("BADBRAND"));

    private MifumoSandbox sandbox;
    private CamelSandboxSupport camel;

    @BeforeEach
    void start() throws Exception {
        sandbox = SANDBOX.getSandbox();
        camel = new CamelSandboxSupport(sandbox, new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead").maximumRedeliveries(0));
                from("direct:send").to("mifumo:sms/send");
            }
        });
    }

    @AfterEach
    void stop() {
        camel.close();
    }

    private int sends() {
        return sandbox.requestCount("POST", "sms/send");
    }

    @Test
    void sendsNormalisedDistinctRecipientsAndMapsTheAnswer() {
        Exchange exchange = camel.send("mifumo:sms/send", "Habari, karibu!", MifumoConstants.RECIPIENTS,
                "0754000111, +255 754 000 111; 255-655-000-222");

        assertThat(exchange.getException()).isNull();
        SendSmsResult result = exchange.getMessage().getBody(SendSmsResult.class);
        assertThat(result.getMessageId()).isNotBlank();
        assertThat(result.getStatus()).isEqualTo("sent");
        assertThat(result.getRecipients()).containsExactly("+255754000111", "+255655000222");
        assertThat(result.getDuplicatesRemoved()).isEqualTo(1);
        assertThat(exchange.getMessage().getHeader(MifumoConstants.MESSAGE_ID)).isEqualTo(result.getMessageId());
        assertThat(exchange.getMessage().getHeader(MifumoConstants.STATUS)).isEqualTo("sent");
        assertThat(exchange.getMessage().getHeader(MifumoConstants.DUPLICATES_REMOVED)).isEqualTo(1);
        assertThat(exchange.getMessage().getHeader(MifumoConstants.RATE_LIMIT_LIMIT, Long.class)).isPositive();

        SandboxMessage stored = sandbox.message(result.getMessageId());
        assertThat(stored.recipients()).containsExactly("+255754000111", "+255655000222");
        assertThat(stored.sender()).isEqualTo(CamelSandboxSupport.SENDER);
        assertThat(stored.text()).isEqualTo("Habari, karibu!");
        assertThat(sends()).isEqualTo(1);
    }

    @Test
    void creditsChargedMatchTheSegmentsComputed() {
        long before = sandbox.balance(sandbox.apiKey());
        String text = "a".repeat(159) + "€";
        Exchange exchange = camel.send("mifumo:sms/send", text, MifumoConstants.RECIPIENTS,
                List.of("0754000111", "0655000222", "0692000444"));

        assertThat(exchange.getMessage().getHeader(MifumoConstants.ENCODING)).isEqualTo("GSM-7");
        assertThat(exchange.getMessage().getHeader(MifumoConstants.SEGMENTS)).isEqualTo(2);
        assertThat(exchange.getMessage().getHeader(MifumoConstants.CREDITS)).isEqualTo(6);
        assertThat(before - sandbox.balance(sandbox.apiKey())).isEqualTo(6);
    }

    @Test
    void recipientsAsStringListAndArrayAllWork() {
        // C31
        for (Object recipients : List.of("0754000111,0655000222", List.of("0754000111", "0655000222"),
                new String[] { "0754000111", "0655000222" })) {
            Exchange exchange = camel.send("mifumo:sms/send", "Hello", MifumoConstants.RECIPIENTS, recipients);
            assertThat(exchange.getMessage().getBody(SendSmsResult.class).getRecipients())
                    .as("recipients given as %s", recipients.getClass().getSimpleName())
                    .containsExactly("+255754000111", "+255655000222");
        }
    }

    @Test
    void optionsFillWhatHeadersDoNotSay() {
        Exchange exchange = camel.send("mifumo:sms/send?recipients=0754000111,0655000222&senderId=DUKA", "Hi", null,
                null);
        SandboxMessage stored = sandbox.message(exchange.getMessage().getHeader(MifumoConstants.MESSAGE_ID,
                String.class));
        assertThat(stored.recipients()).hasSize(2);
        assertThat(stored.sender()).isEqualTo("DUKA");

        Exchange overridden = camel.template.send("mifumo:sms/send?recipients=0754000111&senderId=DUKA", e -> {
            e.getMessage().setBody("Hi");
            e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0692000444");
            e.getMessage().setHeader(MifumoConstants.SENDER_ID, "SOKO");
        });
        SandboxMessage second = sandbox.message(overridden.getMessage().getHeader(MifumoConstants.MESSAGE_ID,
                String.class));
        assertThat(second.recipients()).containsExactly("+255692000444");
        assertThat(second.sender()).isEqualTo("SOKO");
    }

    @Test
    void acceptsATypedRequest() {
        SendSmsRequest request = new SendSmsRequest("Typed hello", List.of("0754000111"), "TYPED");
        Exchange exchange = camel.send("mifumo:sms/send", request, null, null);
        SandboxMessage stored = sandbox.message(exchange.getMessage().getHeader(MifumoConstants.MESSAGE_ID,
                String.class));
        assertThat(stored.text()).isEqualTo("Typed hello");
        assertThat(stored.sender()).isEqualTo("TYPED");
        assertThat(stored.recipients()).containsExactly("+255754000111");
    }

    @Test
    void sendsOnBehalfOfATenantWithTheTenantsCredits() {
        String tenant = sandbox.createTenant(sandbox.apiKey(), "Restaurant Chain A", 50);
        long ownBefore = sandbox.balance(sandbox.apiKey());

        Exchange exchange = camel.template.send("mifumo:sms/send", e -> {
            e.getMessage().setBody("Tenant hello");
            e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111");
            e.getMessage().setHeader(MifumoConstants.TENANT_ACCOUNT_ID, tenant);
        });

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox.tenantBalance(tenant)).isEqualTo(49);
        assertThat(sandbox.balance(sandbox.apiKey())).isEqualTo(ownBefore);
        assertThat(sandbox.requests().get(0).body()).contains("\"tenant_account_id\":\"" + tenant + "\"");
    }

    @Test
    void badInputNamesEveryBadValueAndSendsNothing() {
        // C03, C08, C33
        Exchange exchange = camel.template.send("mifumo:sms/send", e -> {
            e.getMessage().setBody("   ");
            e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111, hello, 2.55754E+11");
            e.getMessage().setHeader(MifumoConstants.SENDER_ID, "Duka La Mama Asha");
        });

        assertThat(exchange.getException()).isInstanceOf(MifumoValidationException.class);
        MifumoValidationException e = (MifumoValidationException) exchange.getException();
        assertThat(e.getViolations()).hasSize(4);
        assertThat(e.getMessage()).contains("message text is empty", "'hello'", "'2.55754E+11'",
                "'Duka La Mama Asha'", "nothing was sent");
        assertThat(e.isMayHaveBeenDelivered()).isFalse();
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void missingRecipientsOrSenderFailBeforeAnyRequest() {
        // C33
        for (Object recipients : new Object[] { null, "", List.of(), new String[0], " , ; " }) {
            Exchange exchange = camel.send("mifumo:sms/send", "Hello", MifumoConstants.RECIPIENTS, recipients);
            assertThat(exchange.getException()).as("recipients %s", recipients)
                    .isInstanceOf(MifumoValidationException.class).hasMessageContaining("no recipients");
        }
        Exchange noBody = camel.send("mifumo:sms/send", null, MifumoConstants.RECIPIENTS, "0754000111");
        assertThat(noBody.getException()).hasMessageContaining("message text is empty");

        camel.component.getConfiguration().setSenderId(null);
        Exchange noSender = camel.send("mifumo:sms/send?senderId=", "Hello", MifumoConstants.RECIPIENTS, "0754000111");
        assertThat(noSender.getException()).hasMessageContaining("no sender ID");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void bothAuthenticationStylesAndAcceptJson() {
        camel.send("mifumo:sms/send", "Hi", MifumoConstants.RECIPIENTS, "0754000111");
        camel.send("mifumo:sms/send?authMode=header", "Hi", MifumoConstants.RECIPIENTS, "0754000111");

        List<RecordedRequest> requests = sandbox.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).header("Authorization")).isEqualTo("Bearer " + sandbox.apiKey());
        assertThat(requests.get(0).header("X-API-Key")).isNull();
        assertThat(requests.get(1).header("X-API-Key")).isEqualTo(sandbox.apiKey());
        assertThat(requests.get(1).header("Authorization")).isNull();
        assertThat(requests).allSatisfy(r -> assertThat(r.header("Accept")).isEqualTo("application/json"));
    }

    @Test
    void wrongKeyIsAnAuthenticationFailure() {
        Exchange exchange = camel.send("mifumo:sms/send?apiKey=wrong", "Hi", MifumoConstants.RECIPIENTS,
                "0754000111");
        assertThat(exchange.getException()).isInstanceOf(MifumoAuthenticationException.class)
                .hasMessageContaining("HTTP 401");
    }

    @Test
    void shortBalanceGivesRequiredAndCurrentCredits() {
        sandbox.setBalance(sandbox.apiKey(), 1);
        Exchange exchange = camel.send("mifumo:sms/send", "Hi", MifumoConstants.RECIPIENTS, "0754000111,0655000222");
        assertThat(exchange.getException()).isInstanceOf(MifumoInsufficientCreditsException.class);
        MifumoInsufficientCreditsException e = (MifumoInsufficientCreditsException) exchange.getException();
        assertThat(e.getRequiredCredits()).isEqualTo(2);
        assertThat(e.getCurrentBalance()).isEqualTo(1);
        assertThat(e.getStatusCode()).isEqualTo(402);
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void rejectedSenderIsReportedAsSuch() {
        // C09
        Exchange exchange = camel.send("mifumo:sms/send?senderId=BADBRAND", "Hi", MifumoConstants.RECIPIENTS,
                "0754000111");
        assertThat(exchange.getException()).isInstanceOf(MifumoSenderIdRejectedException.class)
                .isNotInstanceOf(MifumoAuthenticationException.class)
                .hasMessageContaining("BADBRAND");
        assertThat(sends()).isEqualTo(1);
    }

    @Test
    void anApiErrorReachesTheErrorHandler() throws Exception {
        // C32: a 400 fails the exchange, so the dead letter channel runs and nothing reports success
        sandbox.enqueueFault(Fault.json(400, "{\"recipients\":[\"Invalid phone number: +255754000111\"]}")
                .on("POST", "sms/send"));
        MockEndpoint dead = camel.context.getEndpoint("mock:dead", MockEndpoint.class);
        dead.expectedMessageCount(1);

        camel.template.sendBodyAndHeader("direct:send", "Hi", MifumoConstants.RECIPIENTS, "0754000111");

        dead.assertIsSatisfied();
        Exception caught = dead.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        assertThat(caught).isInstanceOf(MifumoBadRequestException.class)
                .hasMessageContaining("Invalid phone number: +255754000111");
    }

    @Test
    void errorsBecomeTheBodyWhenAskedNotToThrow() {
        sandbox.setBalance(sandbox.apiKey(), 0);
        Exchange exchange = camel.send("mifumo:sms/send?throwExceptionOnFailure=false", "Hi",
                MifumoConstants.RECIPIENTS, "0754000111");
        assertThat(exchange.getException()).isNull();
        MifumoError error = exchange.getMessage().getBody(MifumoError.class);
        assertThat(error.getStatusCode()).isEqualTo(402);
        assertThat(exchange.getMessage().getHeader(MifumoConstants.HTTP_STATUS)).isEqualTo(402);
    }

    @Test
    void aLostAnswerIsAnUnknownOutcomeAndTheSendIsNeverRepeated() {
        // C10: the sandbox stores the message, then answers after the client gave up
        sandbox.enqueueFault(Fault.delayed(Duration.ofMillis(1500)).on("POST", "sms/send"));
        Exchange exchange = camel.send("mifumo:sms/send?requestTimeout=300", "Hi", MifumoConstants.RECIPIENTS,
                "0754000111");

        assertThat(exchange.getException()).isInstanceOf(MifumoTransportException.class)
                .hasMessageContaining("outcome is unknown");
        assertThat(((MifumoException) exchange.getException()).isMayHaveBeenDelivered()).isTrue();
        assertThat(sends()).isEqualTo(1);
        assertThat(sandbox.messages()).hasSize(1);
    }

    @Test
    void aDroppedConnectionIsAnUnknownOutcome() {
        sandbox.enqueueFault(Fault.dropConnection().on("POST", "sms/send"));
        Exchange exchange = camel.send("mifumo:sms/send", "Hi", MifumoConstants.RECIPIENTS, "0754000111");
        assertThat(exchange.getException()).isInstanceOf(MifumoTransportException.class);
        assertThat(((MifumoException) exchange.getException()).isMayHaveBeenDelivered()).isTrue();
        assertThat(sends()).isEqualTo(1);
    }

    @Test
    void aBadGatewayPageIsAnUnknownOutcomeWithAnExcerpt() {
        // C10, C13
        sandbox.enqueueFault(Fault.html(502, "<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>")
                .on("POST", "sms/send"));
        Exchange exchange = camel.send("mifumo:sms/send", "Hi", MifumoConstants.RECIPIENTS, "0754000111");
        assertThat(exchange.getException()).isInstanceOf(MifumoServerException.class)
                .hasMessageContaining("HTTP 502").hasMessageContaining("502 Bad Gateway nginx")
                .hasMessageContaining("may have been processed");
        assertThat(((MifumoException) exchange.getException()).isMayHaveBeenDelivered()).isTrue();
        assertThat(sends()).isEqualTo(1);
    }

    @Test
    void truncatedJsonOnSuccessIsAnUnknownOutcome() {
        sandbox.enqueueFault(Fault.json(200, "{\"success\":true,\"message_id\":\"abc").on("POST", "sms/send"));
        Exchange exchange = camel.send("mifumo:sms/send", "Hi", MifumoConstants.RECIPIENTS, "0754000111");
        assertThat(exchange.getException()).isInstanceOf(MifumoResponseException.class)
                .hasMessageContaining("not JSON");
        assertThat(((MifumoException) exchange.getException()).isMayHaveBeenDelivered()).isTrue();

        sandbox.enqueueFault(Fault.json(200, "[\"ok\"]").on("POST", "sms/send"));
        Exchange shape = camel.send("mifumo:sms/send", "Hi", MifumoConstants.RECIPIENTS, "0754000111");
        assertThat(shape.getException()).isInstanceOf(MifumoResponseException.class)
                .hasMessageContaining("unexpected shape");
    }

    @Test
    void connectionRefusedIsAnIoFailureThatSentNothing() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Exchange exchange = camel.send("mifumo:sms/send?baseUrl=http://127.0.0.1:" + closedPort, "Hi",
                MifumoConstants.RECIPIENTS, "0754000111");
        assertThat(exchange.getException()).isInstanceOf(MifumoTransportException.class)
                .hasMessageContaining("not sent");
        assertThat(((MifumoException) exchange.getException()).isMayHaveBeenDelivered()).isFalse();
    }
}
