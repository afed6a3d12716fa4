package io.mifumo.camel.component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mifumo.camel.component.binding.PartnerPayments;
import io.mifumo.camel.component.exception.MifumoNotFoundException;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.partner.CustomPaymentRequest;
import io.mifumo.camel.component.model.partner.CustomPurchase;
import io.mifumo.camel.component.model.partner.PaymentHistoryEntry;
import io.mifumo.camel.component.model.partner.PaymentInitiation;
import io.mifumo.camel.component.model.partner.PaymentRequest;
import io.mifumo.camel.component.model.partner.PaymentStatus;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import io.mifumo.camel.sandbox.PaymentState;
import io.mifumo.camel.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mobile-money payments for tenants: packages, custom purchases, status and history, against the sandbox over HTTP.
 */
class PartnerPaymentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b.manualPayments());

    private final List<PaymentHistoryEntry> streamed = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> historyRequestsSeen = Collections.synchronizedList(new ArrayList<>());
    private MifumoSandbox sandbox;
    private CamelSandboxSupport camel;
    private String tenant;
    private String starter;

    @BeforeEach
    void start() throws Exception {
        sandbox = SANDBOX.getSandbox();
        camel = new CamelSandboxSupport(sandbox, new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:history")
                        .to("mifumo:partner/payments/history?limit=3&streamAllPages=true")
                        .split(body()).streaming()
                        .process(e -> {
                            historyRequestsSeen.add(sandbox.requestCount("GET", "partner/tenants/"));
                            streamed.add(e.getMessage().getBody(PaymentHistoryEntry.class));
                        });
            }
        });
        tenant = sandbox.createTenant(sandbox.apiKey(), "Restaurant Chain A", 0);
        starter = sandbox.packages().get(0).id();
    }

    @AfterEach
    void stop() {
        camel.close();
    }

    private static PaymentRequest buyer(PaymentRequest request, String phone, String provider) {
        request.setBuyerEmail("restaurant@example.com");
        request.setBuyerName("John Doe");
        request.setBuyerPhone(phone);
        request.setMobileMoneyProvider(provider);
        return request;
    }

    private Exchange initiate(Object body) {
        return camel.send("mifumo:partner/payments/initiate", body, MifumoConstants.TENANT_ID, tenant);
    }

    private String payForStarter() {
        Exchange exchange = initiate(buyer(new PaymentRequest(starter), "0754000111", "vodacom"));
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getHeader(MifumoConstants.TRANSACTION_ID, String.class);
    }

    private JsonNode lastBody() throws Exception {
        List<RecordedRequest> requests = sandbox.requests();
        return JSON.readTree(requests.get(requests.size() - 1).body());
    }

    @ParameterizedTest
    @ValueSource(strings = { "0754000111", "+255754000111", "255 754 000 111", "+255-754-000-111", "754000111" })
    void buyerPhoneIsSentInTheLocalFormTheReferenceDocuments(String phone) throws Exception {
        // C27
        Exchange exchange = initiate(buyer(new PaymentRequest(starter), phone, "Vodacom"));

        assertThat(exchange.getException()).isNull();
        JsonNode sent = lastBody();
        assertThat(sent.get("buyer_phone").asText()).isEqualTo("0754000111");
        assertThat(sent.get("mobile_money_provider").asText()).isEqualTo("vodacom");
        assertThat(sent.get("package_id").asText()).isEqualTo(starter);
        assertThat(sent.get("buyer_email").asText()).isEqualTo("restaurant@example.com");
        assertThat(sent.get("buyer_name").asText()).isEqualTo("John Doe");
        assertThat(sent.size()).as("only the documented fields").isEqualTo(5);
        assertThat(sandbox.payments()).singleElement()
                .satisfies(p -> assertThat(p.buyerPhone()).isEqualTo("0754000111"));
    }

    @Test
    void initiationAnswersWithTheTransactionAndOrder() {
        Exchange exchange = initiate(buyer(new PaymentRequest(starter), "0754000111", "tigo"));

        PaymentInitiation payment = exchange.getMessage().getBody(PaymentInitiation.class);
        assertThat(payment.getTransactionId()).isNotBlank();
        assertThat(payment.getOrderId()).matches("MIFUMO-[0-9]{8}-[A-Z0-9]{8}");
        assertThat(payment.getAmount()).isEqualByComparingTo("18000");
        assertThat(payment.getCurrency()).isEqualTo("TZS");
        assertThat(payment.getStatus()).isEqualTo("pending");
        assertThat(exchange.getMessage().getHeader(MifumoConstants.TRANSACTION_ID))
                .isEqualTo(payment.getTransactionId());
        assertThat(exchange.getMessage().getHeader(MifumoConstants.ORDER_ID)).isEqualTo(payment.getOrderId());
        assertThat(exchange.getMessage().getHeader(MifumoConstants.STATUS)).isEqualTo("pending");
    }

    @Test
    void thePackageComesFromTheHeaderTheBodyOrTheOption() throws Exception {
        String lite = sandbox.packages().get(1).id();
        Map<String, Object> body = Map.of("package_id", starter, "buyer_email", "a@example.com", "buyer_name", "A",
                "buyer_phone", "0754000111", "mobile_money_provider", "airtel");

        camel.template.send("mifumo:partner/payments/initiate?packageId=" + lite, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeader(MifumoConstants.TENANT_ID, tenant);
            e.getMessage().setHeader(MifumoConstants.PACKAGE_ID, lite);
        });
        assertThat(lastBody().get("package_id").asText()).as("header").isEqualTo(lite);
        camel.send("mifumo:partner/payments/initiate?packageId=" + lite, body, MifumoConstants.TENANT_ID, tenant);
        assertThat(lastBody().get("package_id").asText()).as("body over option").isEqualTo(starter);
        Map<String, Object> noPackage = new HashMap<>(body);
        noPackage.remove("package_id");
        camel.send("mifumo:partner/payments/initiate?packageId=" + lite, noPackage, MifumoConstants.TENANT_ID, tenant);
        assertThat(lastBody().get("package_id").asText()).as("option").isEqualTo(lite);
    }

    @Test
    void badPaymentInputIsNamedAndNothingIsSent() {
        Exchange provider = initiate(buyer(new PaymentRequest(starter), "0754000111", "mpesa"));
        Exchange foreign = initiate(buyer(new PaymentRequest(starter), "+254712345678", "airtel"));
        Exchange everything = initiate("{\"buyer_phone\":\"07540\"}");
        Exchange custom = camel.send("mifumo:partner/payments/custom/initiate", customRequest(99),
                MifumoConstants.TENANT_ID, tenant);
        Exchange noTenant = camel.send("mifumo:partner/payments/initiate",
                buyer(new PaymentRequest(starter), "0754000111", "vodacom"), null, null);

        assertThat(provider.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("'mpesa' is not supported")
                .hasMessageContaining("vodacom, tigo, airtel, halotel");
        assertThat(foreign.getException()).hasMessageContaining("'+254712345678' is not a Tanzanian");
        assertThat(everything.getException()).hasMessageContaining("no package id")
                .hasMessageContaining("no buyer_email").hasMessageContaining("no buyer_name")
                .hasMessageContaining("buyer_phone '07540'").hasMessageContaining("no mobile_money_provider");
        assertThat(custom.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("credits 99 is below the minimum of a custom purchase, 100");
        assertThat(noTenant.getException()).hasMessageContaining("no tenant id");
        assertThat(sandbox.requests()).isEmpty();
    }

    private static CustomPaymentRequest customRequest(long credits) {
        CustomPaymentRequest request = new CustomPaymentRequest(credits);
        request.setBuyerEmail("restaurant@example.com");
        request.setBuyerName("John Doe");
        request.setBuyerPhone("+255 754 000 111");
        request.setMobileMoneyProvider("HALOTEL");
        return request;
    }

    @Test
    void statusFollowsThePaymentAndTheTenantIsCreditedOnce() {
        String transaction = payForStarter();

        Exchange pending = camel.send("mifumo:partner/payments/status", null, MifumoConstants.TRANSACTION_ID,
                transaction);
        assertThat(pending.getException()).as("tenant id missing").isInstanceOf(MifumoValidationException.class);
        pending = camel.template.send("mifumo:partner/payments/status?tenantId=" + tenant,
                e -> e.getMessage().setHeader(MifumoConstants.TRANSACTION_ID, transaction));
        PaymentStatus before = pending.getMessage().getBody(PaymentStatus.class);
        assertThat(before.getStatus()).isEqualTo("pending");
        assertThat(before.isFinal()).isFalse();
        assertThat(pending.getMessage().getHeader(MifumoConstants.STATUS)).isEqualTo("pending");

        assertThat(sandbox.completePayment(transaction)).isTrue();
        for (int i = 0; i < 5; i++) {
            Exchange done = camel.template.send(
                    "mifumo:partner/payments/status?tenantId=" + tenant + "&transactionId=" + transaction, e -> { });
            PaymentStatus status = done.getMessage().getBody(PaymentStatus.class);
            assertThat(status.getTransactionId()).isEqualTo(transaction);
            assertThat(status.isCompleted()).isTrue();
            assertThat(status.getCreditsAdded()).isEqualTo(1000);
            assertThat(status.getCompletedAt()).isNotBlank();
            assertThat(status.getAmount()).isEqualByComparingTo("18000");
        }
        assertThat(sandbox.completePayment(transaction)).isFalse();
        assertThat(sandbox.tenantBalance(tenant)).isEqualTo(1000);
    }

    @Test
    void failedAndCancelledPaymentsAreFinalWithoutCredits() {
        String failed = payForStarter();
        String cancelled = payForStarter();
        sandbox.failPayment(failed);
        sandbox.cancelPayment(cancelled);

        for (String id : List.of(failed, cancelled)) {
            Exchange exchange = camel.template.send("mifumo:partner/payments/status?tenantId=" + tenant,
                    e -> e.getMessage().setHeader(MifumoConstants.TRANSACTION_ID, id));
            PaymentStatus status = exchange.getMessage().getBody(PaymentStatus.class);
            assertThat(status.isFinal()).isTrue();
            assertThat(status.isCompleted()).isFalse();
            assertThat(status.getCreditsAdded()).isZero();
        }
        assertThat(sandbox.payment(failed).status()).isEqualTo(PaymentState.FAILED);
        assertThat(sandbox.tenantBalance(tenant)).isZero();
    }

    @Test
    void anUnknownTransactionIsNotFound() {
        Exchange exchange = camel.template.send("mifumo:partner/payments/status?tenantId=" + tenant,
                e -> e.getMessage().setHeader(MifumoConstants.TRANSACTION_ID, "no-such-transaction"));

        assertThat(exchange.getException()).isInstanceOf(MifumoNotFoundException.class)
                .hasMessageContaining("PAYMENT_NOT_FOUND");
    }

    @Test
    void thePaymentStatusCallIsReusableWithoutAnExchange() throws Exception {
        String transaction = payForStarter();
        sandbox.completePayment(transaction);
        MifumoConfiguration configuration = camel.component.getConfiguration();

        PaymentStatus status = PartnerPayments.fetchPaymentStatus(camel.component.getClient(), configuration, tenant,
                transaction).get(5, TimeUnit.SECONDS);

        assertThat(status.isCompleted()).isTrue();
        assertThat(status.getCreditsAdded()).isEqualTo(1000);
        int before = sandbox.requests().size();
        assertThatThrownBy(() -> PartnerPayments.fetchPaymentStatus(
                camel.component.getClient(), configuration, " ", transaction))
                .isInstanceOf(MifumoValidationException.class).hasMessageContaining("no tenant id");
        assertThat(sandbox.requests()).hasSize(before);
    }

    @Test
    void customPurchaseAndItsOwnStatus() throws Exception {
        Exchange created = camel.send("mifumo:partner/payments/custom/initiate", customRequest(5000),
                MifumoConstants.TENANT_ID, tenant);

        assertThat(created.getException()).isNull();
        JsonNode sent = lastBody();
        assertThat(sent.get("credits").asLong()).isEqualTo(5000);
        assertThat(sent.get("buyer_phone").asText()).isEqualTo("0754000111");
        assertThat(sent.get("mobile_money_provider").asText()).isEqualTo("halotel");
        CustomPurchase purchase = created.getMessage().getBody(CustomPurchase.class);
        assertThat(purchase.getPurchaseId()).isNotBlank();
        assertThat(purchase.getAmount()).isEqualByComparingTo("90000");
        assertThat(purchase.getUnitPrice()).isEqualByComparingTo("18.00");
        assertThat(purchase.getTier()).isEqualTo("Lite");
        assertThat(purchase.getStatus()).isEqualTo("pending");
        assertThat(created.getMessage().getHeader(MifumoConstants.PURCHASE_ID)).isEqualTo(purchase.getPurchaseId());
        assertThat(created.getMessage().getHeader(MifumoConstants.ORDER_ID)).isEqualTo(purchase.getOrderId());

        sandbox.completePayment(purchase.getPurchaseId());
        Exchange status = camel.template.send("mifumo:partner/payments/custom/status", e -> e.getMessage()
                .setHeaders(Map.of(MifumoConstants.TENANT_ID, tenant,
                        MifumoConstants.PURCHASE_ID, purchase.getPurchaseId())));
        CustomPurchase done = status.getMessage().getBody(CustomPurchase.class);
        assertThat(done.isCompleted()).isTrue();
        assertThat(done.getCreditsAdded()).isEqualTo(5000);
        assertThat(status.getMessage().getHeader(MifumoConstants.STATUS)).isEqualTo("completed");
        assertThat(sandbox.tenantBalance(tenant)).isEqualTo(5000);

        Exchange missing = camel.send("mifumo:partner/payments/custom/status?tenantId=" + tenant, null, null, null);
        assertThat(missing.getException()).hasMessageContaining("no purchase id");
    }

    @Test
    @SuppressWarnings("unchecked")
    void historyPagesWithTheStatusFilter() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(payForStarter());
        }
        sandbox.completePayment(ids.get(0));

        Exchange first = camel.send("mifumo:partner/payments/history?limit=2", null, MifumoConstants.TENANT_ID,
                tenant);
        List<PaymentHistoryEntry> page = first.getMessage().getBody(List.class);
        assertThat(page).hasSize(2);
        assertThat(first.getMessage().getHeader(MifumoConstants.TOTAL_COUNT)).isEqualTo(5);
        assertThat(first.getMessage().getHeader(MifumoConstants.NEXT_OFFSET)).isEqualTo(2);

        Exchange last = camel.template.send("mifumo:partner/payments/history?limit=2", e -> e.getMessage()
                .setHeaders(Map.of(MifumoConstants.TENANT_ID, tenant, MifumoConstants.OFFSET, 4)));
        assertThat(last.getMessage().getBody(List.class)).hasSize(1);
        assertThat(last.getMessage().getHeader(MifumoConstants.NEXT_OFFSET)).isNull();

        Exchange completed = camel.send("mifumo:partner/payments/history?status=Completed", null,
                MifumoConstants.TENANT_ID, tenant);
        List<PaymentHistoryEntry> done = completed.getMessage().getBody(List.class);
        assertThat(done).singleElement().satisfies(entry -> {
            assertThat(entry.getTransactionId()).isEqualTo(ids.get(0));
            assertThat(entry.isCompleted()).isTrue();
            assertThat(entry.getCreditsAdded()).isEqualTo(1000);
            assertThat(entry.getAmount()).isEqualByComparingTo("18000");
        });
        assertThat(sandbox.requests().get(sandbox.requests().size() - 1).path())
                .endsWith("?status=completed&limit=50&offset=0");
    }

    @Test
    void historyPagingIsCheckedBeforeAnyRequest() {
        Exchange tooBig = camel.send("mifumo:partner/payments/history?limit=101", null, MifumoConstants.TENANT_ID,
                tenant);
        Exchange badStatus = camel.template.send("mifumo:partner/payments/history", e -> e.getMessage().setHeaders(
                Map.of(MifumoConstants.TENANT_ID, tenant, MifumoConstants.STATUS_FILTER, "paid",
                        MifumoConstants.OFFSET, -1)));

        assertThat(tooBig.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("limit 101 must be 1 to 100");
        assertThat(badStatus.getException()).hasMessageContaining("status filter 'paid'")
                .hasMessageContaining("pending, completed, failed, cancelled").hasMessageContaining("offset -1");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void streamAllPagesFetchesEachPageOnlyWhenTheSplitReachesIt() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(payForStarter());
        }
        int before = sandbox.requestCount("GET", "partner/tenants/");

        camel.template.sendBodyAndHeader("direct:history", null, MifumoConstants.TENANT_ID, tenant);

        assertThat(streamed).extracting(PaymentHistoryEntry::getTransactionId)
                .containsExactlyElementsOf(reversed(ids));
        // pages of 3; the streaming splitter looks one item ahead to know the last one, so a page is read when the
        // last item of the page before is handed out, never sooner: at most one page waits in memory
        List<Integer> pagesRead = historyRequestsSeen.stream().map(n -> n - before).toList();
        assertThat(pagesRead).containsExactly(1, 1, 2, 2, 2, 3, 3);
        assertThat(sandbox.requestCount("GET", "partner/tenants/") - before).isEqualTo(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStreamSkipsThePaymentAPageShiftRepeats() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(payForStarter());
        }
        Exchange exchange = camel.send("mifumo:partner/payments/history?limit=2&streamAllPages=true", null,
                MifumoConstants.TENANT_ID, tenant);
        Iterator<PaymentHistoryEntry> stream = exchange.getMessage().getBody(Iterator.class);
        List<String> seen = new ArrayList<>();
        seen.add(stream.next().getTransactionId());
        seen.add(stream.next().getTransactionId());

        // a payment made now is newest: every later offset moves by one
        String late = payForStarter();
        stream.forEachRemaining(entry -> seen.add(entry.getTransactionId()));

        assertThat(seen).containsExactlyElementsOf(reversed(ids)).doesNotContain(late);
        assertThat(exchange.getMessage().getHeader(MifumoConstants.TOTAL_COUNT)).isEqualTo(4);
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
