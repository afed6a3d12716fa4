package io.mifumo.camel.sandbox;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerPaymentsTest {

    private static final String FAILING_PHONE = "0754000999";

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2025-12-20T12:00:00Z"));

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b
            .apiKey("k1", 1000)
            .apiKey("k2", 1000)
            .clock(CLOCK)
            .paymentDelay(Duration.ofSeconds(30))
            .failingBuyerPhone(FAILING_PHONE));

    private final Http http = new Http(SANDBOX.baseUrl(), "k1");
    private MifumoSandbox sandbox;
    private String tenant;

    @BeforeEach
    void tenant() {
        sandbox = SANDBOX.getSandbox();
        tenant = sandbox.createTenant("k1", "Restaurant Chain A", 0);
    }

    private String starterPackage() {
        return sandbox.packages().get(0).id();
    }

    private static String buyer(String phone, String provider) {
        return "\"buyer_email\":\"restaurant@example.com\",\"buyer_name\":\"John Doe\",\"buyer_phone\":\"" + phone
                + "\",\"mobile_money_provider\":\"" + provider + "\"";
    }

    private JsonNode initiate(String phone) {
        HttpResponse<String> response = http.post("partner/tenants/" + tenant + "/payments/initiate/",
                "{\"package_id\":\"" + starterPackage() + "\"," + buyer(phone, "vodacom") + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response).get("data");
    }

    private JsonNode status(String transactionId) {
        HttpResponse<String> response = http.get("partner/tenants/" + tenant + "/payments/" + transactionId
                + "/status/");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).get("data");
    }

    @Test
    void initiationAnswersInTheDocumentedShape() {
        JsonNode data = initiate("0614853618");

        assertThat(data.get("transaction_id").asText()).matches("[0-9a-f-]{36}");
        assertThat(data.get("order_id").asText()).matches("MIFUMO-20251220-[A-Z0-9]{8}");
        assertThat(data.get("amount").asLong()).isEqualTo(18000);
        assertThat(data.get("currency").asText()).isEqualTo("TZS");
        assertThat(data.get("status").asText()).isEqualTo("pending");
        SandboxPayment payment = sandbox.payment(data.get("transaction_id").asText());
        assertThat(payment.buyerPhone()).isEqualTo("0614853618");
        assertThat(payment.provider()).isEqualTo("vodacom");
        assertThat(payment.tenantAccountId()).isEqualTo(tenant);
        assertThat(payment.credits()).isEqualTo(1000);
        assertThat(payment.type()).isEqualTo("package");
    }

    @Test
    void completesByItselfAfterTheDelayAndCreditsTheTenantOnce() {
        JsonNode initiated = initiate("0614853618");
        String id = initiated.get("transaction_id").asText();
        Instant due = Instant.parse(initiated.get("created_at").asText()).plusSeconds(30);

        CLOCK.advance(Duration.ofSeconds(29));
        assertThat(status(id).get("status").asText()).isEqualTo("pending");
        assertThat(status(id).get("credits_added").asLong()).isZero();
        assertThat(sandbox.tenantBalance(tenant)).isZero();

        CLOCK.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 10; i++) {
            JsonNode data = status(id);
            assertThat(data.get("status").asText()).isEqualTo("completed");
            assertThat(data.get("credits_added").asLong()).isEqualTo(1000);
            // dated when it was due, not when it was first seen
            assertThat(Instant.parse(data.get("completed_at").asText())).isEqualTo(due);
        }
        assertThat(sandbox.tenantBalance(tenant)).isEqualTo(1000);
        assertThat(sandbox.completePayment(id)).as("already completed").isFalse();
        assertThat(sandbox.tenantBalance(tenant)).isEqualTo(1000);
    }

    @Test
    void creditsAreThereToSpendWithoutAnyStatusPoll() {
        initiate("0614853618");
        CLOCK.advance(Duration.ofMinutes(1));

        HttpResponse<String> send = http.post("sms/send/", "{\"message\":\"Karibu\",\"recipients\":[\"+255614853618\"],"
                + "\"sender_id\":\"Quantum\",\"tenant_account_id\":\"" + tenant + "\"}");

        assertThat(send.statusCode()).isEqualTo(200);
        assertThat(sandbox.tenantBalance(tenant)).isEqualTo(999);
        assertThat(sandbox.balance("k1")).as("the partner's own credits").isEqualTo(1000);
    }

    @Test
    void concurrentPollsAndCompletionsCreditOnce() throws Exception {
        String id = initiate("0614853618").get("transaction_id").asText();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                work.add(pool.submit(() -> n % 4 == 0 ? sandbox.completePayment(id) : status(id)));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sandbox.payment(id).status()).isEqualTo(PaymentState.COMPLETED);
        assertThat(sandbox.tenantBalance(tenant)).isEqualTo(1000);
    }

    @Test
    void failedAndCancelledPaymentsCreditNothingAndStayFinal() {
        String failing = initiate(FAILING_PHONE).get("transaction_id").asText();
        String cancelled = initiate("0614853618").get("transaction_id").asText();
        String failed = initiate("0614853618").get("transaction_id").asText();

        assertThat(sandbox.cancelPayment(cancelled)).isTrue();
        assertThat(sandbox.failPayment(failed)).isTrue();
        CLOCK.advance(Duration.ofMinutes(1));

        assertThat(status(failing).get("status").asText()).isEqualTo("failed");
        assertThat(status(cancelled).get("status").asText()).isEqualTo("cancelled");
        assertThat(status(failed).get("status").asText()).isEqualTo("failed");
        assertThat(status(failed).get("completed_at").isNull()).isTrue();
        assertThat(sandbox.completePayment(cancelled)).as("a final status never changes").isFalse();
        assertThat(status(cancelled).get("status").asText()).isEqualTo("cancelled");
        assertThat(sandbox.tenantBalance(tenant)).isZero();
        assertThatThrownBy(() -> sandbox.completePayment("no-such-payment"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-payment");
    }

    @Test
    void initiationNamesEveryBadField() {
        HttpResponse<String> response = http.post("partner/tenants/" + tenant + "/payments/initiate/",
                "{\"package_id\":\"nope\"," + buyer("+255614853618", "mpesa").replace("restaurant@example.com", "x")
                        + "}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = Http.json(response);
        assertThat(errors.get("package_id").get(0).asText()).contains("nope");
        assertThat(errors.get("buyer_email").get(0).asText()).isEqualTo("Enter a valid email address.");
        assertThat(errors.get("buyer_phone").get(0).asText()).contains("0614853618").contains("+255614853618");
        assertThat(errors.get("mobile_money_provider").get(0).asText())
                .contains("mpesa").contains("vodacom, tigo, airtel, halotel");
        assertThat(sandbox.payments()).isEmpty();
    }

    @Test
    void customPurchaseWithItsOwnStatusEndpoint() {
        String base = "partner/tenants/" + tenant + "/payments/custom/";
        HttpResponse<String> tooFew = http.post(base + "initiate/", "{\"credits\":99," + buyer("0614853618", "tigo")
                + "}");
        HttpResponse<String> created = http.post(base + "initiate/", "{\"credits\":5000,"
                + buyer("0614853618", "tigo") + "}");

        assertThat(tooFew.statusCode()).isEqualTo(400);
        assertThat(Http.json(tooFew).get("credits").get(0).asText()).contains("100");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode data = Http.json(created).get("data");
        String purchase = data.get("purchase_id").asText();
        assertThat(data.get("amount").asLong()).isEqualTo(90000);
        assertThat(data.get("tier").asText()).isEqualTo("Lite");
        assertThat(created.body()).contains("\"unit_price\":18.00");
        assertThat(data.get("status").asText()).isEqualTo("pending");
        assertThat(data.get("payment_type").asText()).isEqualTo("custom");

        assertThat(sandbox.completePayment(purchase)).isTrue();
        HttpResponse<String> status = http.get(base + purchase + "/status/");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(Http.json(status).get("data").get("status").asText()).isEqualTo("completed");
        assertThat(Http.json(status).get("data").get("credits_added").asLong()).isEqualTo(5000);
        assertThat(sandbox.tenantBalance(tenant)).isEqualTo(5000);

        HttpResponse<String> missing = http.get(base + "no-such-purchase/status/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Http.json(missing).get("code").asText()).isEqualTo("PURCHASE_NOT_FOUND");
        HttpResponse<String> byTransaction = http.get("partner/tenants/" + tenant + "/payments/no-such-id/status/");
        assertThat(Http.json(byTransaction).get("code").asText()).isEqualTo("PAYMENT_NOT_FOUND");
    }

    @Test
    void anotherTenantsPaymentIsNotFound() {
        String id = initiate("0614853618").get("transaction_id").asText();
        String other = sandbox.createTenant("k1", "Other", 0);

        HttpResponse<String> response = http.get("partner/tenants/" + other + "/payments/" + id + "/status/");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void historyFiltersAndPagesNewestFirst() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(initiate("0614853618").get("transaction_id").asText());
            CLOCK.advance(Duration.ofMillis(1));
        }
        sandbox.completePayment(ids.get(0));
        sandbox.cancelPayment(ids.get(1));
        String base = "partner/tenants/" + tenant + "/payments/history/";

        JsonNode first = Http.json(http.get(base + "?limit=2")).get("data");
        JsonNode last = Http.json(http.get(base + "?limit=2&offset=4")).get("data");
        JsonNode pending = Http.json(http.get(base + "?status=pending")).get("data");
        JsonNode completed = Http.json(http.get(base + "?status=completed")).get("data");

        assertThat(first.get("count").asInt()).isEqualTo(5);
        assertThat(first.get("results")).hasSize(2);
        assertThat(first.get("results").get(0).get("transaction_id").asText()).isEqualTo(ids.get(4));
        assertThat(first.get("next").asText()).endsWith("/payments/history/?limit=2&offset=2");
        assertThat(first.get("previous").isNull()).isTrue();
        assertThat(last.get("results")).hasSize(1);
        assertThat(last.get("results").get(0).get("transaction_id").asText()).isEqualTo(ids.get(0));
        assertThat(last.get("next").isNull()).isTrue();
        assertThat(pending.get("count").asInt()).isEqualTo(3);
        assertThat(completed.get("results")).hasSize(1);
        assertThat(completed.get("results").get(0).get("credits_added").asLong()).isEqualTo(1000);

        assertThat(http.get(base + "?status=done").statusCode()).isEqualTo(400);
        assertThat(http.get(base + "?limit=0").statusCode()).isEqualTo(400);
        assertThat(Http.json(http.get(base + "?limit=500")).get("data").get("results")).as("capped").hasSize(5);
    }

    @Test
    void adminEndpointsSettlePaymentsAndSenderIdRequests() {
        String id = initiate("0614853618").get("transaction_id").asText();
        String request = Http.json(http.post("partner/tenants/" + tenant + "/sender-ids/request/",
                "{\"sender_id\":\"DUKA\"}")).get("data").get("request_id").asText();

        JsonNode completed = Http.json(admin("POST", "payments/" + id + "/complete"));
        JsonNode again = Http.json(admin("POST", "payments/" + id + "/cancel"));
        JsonNode payments = Http.json(admin("GET", "payments"));
        HttpResponse<String> approve = Http.send(http.request("/__sandbox/sender-id-requests/" + request + "/status")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"status\":\"approved\"}")).build());

        assertThat(completed.get("changed").asBoolean()).isTrue();
        assertThat(completed.get("payment").get("status").asText()).isEqualTo("completed");
        assertThat(again.get("changed").asBoolean()).isFalse();
        assertThat(payments.get(0).get("buyer_phone").asText()).isEqualTo("0614853618");
        assertThat(payments.get(0).get("status").asText()).isEqualTo("completed");
        assertThat(sandbox.tenantBalance(tenant)).isEqualTo(1000);
        assertThat(approve.statusCode()).isEqualTo(200);
        assertThat(sandbox.senderIdRequests().get(0).status()).isEqualTo("approved");
        assertThat(admin("GET", "packages").body()).contains("Starter Package");
        assertThat(admin("POST", "payments/nope/fail").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> admin(String method, String path) {
        return Http.send(http.request("/__sandbox/" + path)
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build());
    }
}
