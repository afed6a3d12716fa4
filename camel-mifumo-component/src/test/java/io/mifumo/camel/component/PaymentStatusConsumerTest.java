package io.mifumo.camel.component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.mifumo.camel.component.consumer.PaymentStatusConsumer;
import io.mifumo.camel.component.model.partner.PaymentInitiation;
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
 * The payment status consumer: one exchange per payment that completes, fails or is cancelled; a payment pending for
 * too long ends as expired_by_client; a completion is emitted and credited once (C25, C26).
 */
class PaymentStatusConsumerTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(MifumoSandbox.Builder::manualPayments);

    private MifumoSandbox sandbox;
    private CamelSandboxSupport camel;
    private String tenant;
    private final List<Exchange> emitted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        sandbox = SANDBOX.getSandbox();
        camel = new CamelSandboxSupport(sandbox);
        tenant = sandbox.createTenant(sandbox.apiKey(), "Duka", 0);
    }

    @AfterEach
    void stop() {
        camel.close();
    }

    private String pay() {
        PaymentInitiation payment = camel.template.requestBodyAndHeader(
                "mifumo:partner/payments/initiate?packageId=" + sandbox.packages().get(0).id(),
                Map.of("buyer_email", "owner@duka.example", "buyer_name", "Asha", "buyer_phone", "0754000111",
                        "mobile_money_provider", "vodacom"),
                MifumoConstants.TENANT_ID, tenant, PaymentInitiation.class);
        return payment.getTransactionId();
    }

    private void consume(String options) throws Exception {
        camel.context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("mifumo:partner/payments/status?initialDelay=0&delay=50&tenantId=" + tenant + options)
                        .routeId("payments").process(emitted::add);
            }
        });
    }

    private void await(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (emitted.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(emitted).hasSizeGreaterThanOrEqualTo(count);
    }

    private void pollsMore(int polls) throws InterruptedException {
        int seen = sandbox.requestCount("GET", null);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (sandbox.requestCount("GET", null) < seen + polls && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void aCompletedPaymentIsEmittedOnceAndCreditedOnce() throws Exception {
        String transaction = pay();
        consume("&transactionId=" + transaction);
        pollsMore(3);
        assertThat(emitted).isEmpty();

        sandbox.completePayment(transaction);
        await(1);
        pollsMore(5);
        assertThat(emitted).hasSize(1);
        Exchange exchange = emitted.get(0);
        assertThat(exchange.getMessage().getHeaders())
                .containsEntry(MifumoConstants.TENANT_ID, tenant)
                .containsEntry(MifumoConstants.TRANSACTION_ID, transaction)
                .containsEntry(MifumoConstants.STATUS, "completed")
                .containsEntry(MifumoConstants.CREDITS_ADDED, 1000L);
        assertThat(exchange.getMessage().getHeader(MifumoConstants.AMOUNT, Number.class).intValue()).isEqualTo(18000);
        assertThat(sandbox.tenantBalance(tenant)).isEqualTo(1000);
    }

    @Test
    void pendingPaymentsOfTheHistoryAreFoundAndFailuresEmittedToo() throws Exception {
        String completes = pay();
        String fails = pay();
        String cancelled = pay();
        consume("");
        pollsMore(3);
        sandbox.completePayment(completes);
        sandbox.failPayment(fails);
        sandbox.cancelPayment(cancelled);
        await(3);
        assertThat(emitted).extracting(e -> e.getMessage().getHeader(MifumoConstants.TRANSACTION_ID) + "="
                                            + e.getMessage().getHeader(MifumoConstants.STATUS))
                .containsExactlyInAnyOrder(completes + "=completed", fails + "=failed", cancelled + "=cancelled");
    }

    @Test
    void aPaymentPendingTooLongEndsOnceAsExpiredByClient() throws Exception {
        // C25: neither completed nor failed, and no thread polls forever
        String transaction = pay();
        consume("&transactionId=" + transaction + "&paymentTimeout=300");
        await(1);
        pollsMore(5);
        assertThat(emitted).singleElement().satisfies(e -> assertThat(e.getMessage().getHeader(MifumoConstants.STATUS))
                .isEqualTo(PaymentStatusConsumer.EXPIRED_BY_CLIENT));
        PaymentStatusConsumer consumer = (PaymentStatusConsumer) camel.context.getRoute("payments").getConsumer();
        assertThat(consumer.trackedIds()).isEmpty();
    }

    @Test
    void theSameCompletionSeenAgainIsNotEmittedAgain() throws Exception {
        // C26: a second consumer sharing the repository (a restart, a replay) sees the completion as done
        String transaction = pay();
        sandbox.completePayment(transaction);
        camel.context.getRegistry().bind("seen", MemoryIdempotentRepository.memoryIdempotentRepository());
        consume("&transactionId=" + transaction + "&idempotentRepository=#seen");
        await(1);
        camel.context.getRouteController().stopRoute("payments");
        camel.context.removeRoute("payments");
        consume("&transactionId=" + transaction + "&idempotentRepository=#seen");
        pollsMore(5);
        assertThat(emitted).hasSize(1);
        assertThat(sandbox.tenantBalance(tenant)).isEqualTo(1000);
    }
}
