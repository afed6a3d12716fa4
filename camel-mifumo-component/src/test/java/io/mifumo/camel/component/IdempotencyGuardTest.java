package io.mifumo.camel.component;

import java.time.Duration;

import io.mifumo.camel.component.exception.MifumoException;
import io.mifumo.camel.sandbox.Fault;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duplicate-send guard: with an idempotent repository and CamelMifumoIdempotencyKey, Camel redeliveries and
 * replays never send twice.
 */
class IdempotencyGuardTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension();

    private MifumoSandbox sandbox;
    private CamelSandboxSupport camel;

    @BeforeEach
    void start() throws Exception {
        sandbox = SANDBOX.getSandbox();
        camel = new CamelSandboxSupport(sandbox);
        camel.context.getRegistry().bind("sent", MemoryIdempotentRepository.memoryIdempotentRepository());
        camel.context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().maximumRedeliveries(3).redeliveryDelay(10));
                from("direct:notify")
                        .to("mifumo:sms/send?idempotentRepository=#sent&requestTimeout=300&maxRetries=0");
            }
        });
    }

    @AfterEach
    void stop() {
        camel.close();
    }

    private Exchange notify(String key) {
        return camel.template.send("direct:notify", e -> {
            e.getMessage().setBody("Your order 42 is ready");
            e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111");
            e.getMessage().setHeader(MifumoConstants.IDEMPOTENCY_KEY, key);
        });
    }

    @Test
    void aReplayedMessageIsSentOnce() throws Exception {
        Exchange first = notify("order-42-ready");
        Exchange replay = notify("order-42-ready");
        Exchange other = notify("order-43-ready");

        assertThat(first.getException()).isNull();
        assertThat(first.getMessage().getHeader(MifumoConstants.DUPLICATE)).isNull();
        assertThat(replay.getException()).isNull();
        assertThat(replay.getMessage().getHeader(MifumoConstants.DUPLICATE)).isEqualTo(true);
        assertThat(other.getMessage().getHeader(MifumoConstants.DUPLICATE)).isNull();
        assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(2);
    }

    @Test
    void redeliveryAfterAnUnknownOutcomeDoesNotSendAgain() throws Exception {
        // the first POST reaches the sandbox, but its answer comes after the client gave up
        sandbox.enqueueFault(Fault.delayed(Duration.ofMillis(1000)).on("POST", "sms/send"));
        Exchange exchange = notify("order-44-ready");

        assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(1);
        assertThat(sandbox.messages()).hasSize(1);
        // the redelivery neither sends again nor reports a success: the route must reconcile
        assertThat(exchange.getException()).isInstanceOf(MifumoException.class)
                .hasMessageContaining("may have been delivered");
        assertThat(((MifumoException) exchange.getException()).isMayHaveBeenDelivered()).isTrue();
    }

    @Test
    void aRefusedSendMayBeSentAgainUnderTheSameKey() throws Exception {
        sandbox.setBalance(sandbox.apiKey(), 0);
        Exchange refused = camel.template.send("mifumo:sms/send?idempotentRepository=#sent", e -> {
            e.getMessage().setBody("Hi");
            e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111");
            e.getMessage().setHeader(MifumoConstants.IDEMPOTENCY_KEY, "k1");
        });
        assertThat(refused.getException()).isNotNull();

        sandbox.setBalance(sandbox.apiKey(), 10);
        Exchange again = camel.template.send("mifumo:sms/send?idempotentRepository=#sent", e -> {
            e.getMessage().setBody("Hi");
            e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111");
            e.getMessage().setHeader(MifumoConstants.IDEMPOTENCY_KEY, "k1");
        });
        assertThat(again.getException()).isNull();
        assertThat(sandbox.messages()).hasSize(1);
    }
}
