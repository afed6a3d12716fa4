package io.mifumo.camel.component;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import io.mifumo.camel.component.model.contacts.ContactImportResult;
import io.mifumo.camel.component.model.partner.PaymentInitiation;
import io.mifumo.camel.component.model.partner.PricingQuote;
import io.mifumo.camel.component.model.sms.DeliveryReport;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.component.validation.PricingCalculator;
import io.mifumo.camel.sandbox.DeliveryStatus;
import io.mifumo.camel.sandbox.Fault;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import io.mifumo.camel.sandbox.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class BreakerTwoTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(
            builder -> builder.deliveryDelay(Duration.ofHours(1)).manualPayments()
                    .apiKey(MifumoSandbox.DEFAULT_API_KEY, 100_000));

    private MifumoSandbox sandbox;
    private final List<CamelContext> contexts = new ArrayList<>();
    private final List<Exchange> emitted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        sandbox = SANDBOX.getSandbox();
    }

    @AfterEach
    void stop() {
        contexts.forEach(CamelContext::stop);
    }

    private CamelContext camel(String baseUrl, RouteBuilder routes, Map<String, Object> beans) throws Exception {
        CamelContext context = new DefaultCamelContext();
        MifumoComponent component = new MifumoComponent();
        component.getConfiguration().setApiKey(sandbox.apiKey());
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setSenderId("MIFUMO");
        component.getConfiguration().setEmail(sandbox.userEmail());
        component.getConfiguration().setPassword(sandbox.userPassword());
        context.addComponent("mifumo", component);
        beans.forEach(context.getRegistry()::bind);
        if (routes != null) {
            context.addRoutes(routes);
        }
        context.start();
        contexts.add(context);
        return context;
    }

    private CamelContext camel(RouteBuilder routes, Map<String, Object> beans) throws Exception {
        return camel(sandbox.baseUrl(), routes, beans);
    }

    private static RouteBuilder from(String uri, List<Exchange> sink) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("consumer").process(sink::add);
            }
        };
    }

    private static void sleepUntil(java.util.function.BooleanSupplier condition, long millis)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }

    // ---------------------------------------------------------------- duplicate-send guard and chunks

    /** C10/C35 + guard: chunk 1 refused (400, nothing sent), chunk 2 processed but answer lost (502). */
    @Test
    void guardKeyIsNotReleasedWhenALaterChunkMayHaveBeenDelivered() throws Exception {
        CamelContext context = camel(null, Map.of("sent", MemoryIdempotentRepository.memoryIdempotentRepository()));
        String uri = "mifumo:sms/send?idempotentRepository=#sent&maxRecipientsPerRequest=2&maxRetries=0";
        sandbox.enqueueFault(Fault.json(400, "{\"error\":\"Invalid request\",\"code\":\"BAD\"}")
                .on("POST", "sms/send"));
        sandbox.enqueueFault(Fault.html(502, "<h1>Bad gateway</h1>").afterHandling().on("POST", "sms/send"));
        String recipients = "0754000111,0754000222,0754000333,0754000444";
        Exchange first = context.createProducerTemplate().send(uri, e -> {
            e.getMessage().setBody("Order 1 ready");
            e.getMessage().setHeader(MifumoConstants.RECIPIENTS, recipients);
            e.getMessage().setHeader(MifumoConstants.IDEMPOTENCY_KEY, "order-1");
        });
        assertThat(first.getException()).as("first attempt fails").isNotNull();
        // a redelivery / replay with the same key
        Exchange second = context.createProducerTemplate().send(uri, e -> {
            e.getMessage().setBody("Order 1 ready");
            e.getMessage().setHeader(MifumoConstants.RECIPIENTS, recipients);
            e.getMessage().setHeader(MifumoConstants.IDEMPOTENCY_KEY, "order-1");
        });
        long toThird = sandbox.messages().stream().filter(m -> m.toString().contains("+255754000333")).count();
        assertThat(toThird).as("+255754000333 got the SMS how many times (second exchange duplicate=%s, exc=%s)",
                second.getMessage().getHeader(MifumoConstants.DUPLICATE), second.getException()).isEqualTo(1);
    }

    /** failOnRecipientError + guard + Camel redelivery: the redelivery must not turn the failure into a success. */
    @Test
    void redeliveryAfterRecipientFailureDoesNotReportSuccess() throws Exception {
        String answer = "{\"success\":true,\"message_id\":\"m1\",\"status\":\"sent\",\"results\":["
                        + "{\"recipient\":\"+255754000111\",\"status\":\"sent\"},"
                        + "{\"recipient\":\"+255655000222\",\"status\":\"failed\",\"error\":\"Number barred\"}]}";
        sandbox.enqueueFault(Fault.json(200, answer).on("POST", "sms/send").times(5));
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().maximumRedeliveries(2).redeliveryDelay(0));
                from("direct:send").to("mifumo:sms/send?idempotentRepository=#sent&failOnRecipientError=true");
            }
        }, Map.of("sent", MemoryIdempotentRepository.memoryIdempotentRepository()));
        Exchange result = context.createProducerTemplate().send("direct:send", e -> {
            e.getMessage().setBody("Hi");
            e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111,0655000222");
            e.getMessage().setHeader(MifumoConstants.IDEMPOTENCY_KEY, "k-fail");
        });
        assertThat(result.getException())
                .as("exchange after redelivery; body=%s duplicate=%s", result.getMessage().getBody(),
                        result.getMessage().getHeader(MifumoConstants.DUPLICATE))
                .isNotNull();
    }

    /**
     * Concurrent exchanges with one key: one POST. The others are either marked duplicates (the send was done) or
     * fail saying an attempt under the key is in flight; none claims a send of its own.
     */
    @Test
    void concurrentSendsWithOneKeySendOnce() throws Exception {
        CamelContext context = camel(null, Map.of("sent", MemoryIdempotentRepository.memoryIdempotentRepository()));
        int before = sandbox.requestCount("POST", "sms/send");
        List<CompletableFuture<Exchange>> futures = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            futures.add(context.createProducerTemplate().asyncSend("mifumo:sms/send?idempotentRepository=#sent", e -> {
                e.getMessage().setBody("Same");
                e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111");
                e.getMessage().setHeader(MifumoConstants.IDEMPOTENCY_KEY, "same-key");
            }));
        }
        int sent = 0;
        for (CompletableFuture<Exchange> f : futures) {
            Exchange done = f.get(20, TimeUnit.SECONDS);
            if (done.getException() != null) {
                assertThat(done.getException()).hasMessageContaining("still in flight");
            } else if (done.getMessage().getHeader(MifumoConstants.DUPLICATE) == null) {
                sent++;
            }
        }
        assertThat(sent).isEqualTo(1);
        assertThat(sandbox.requestCount("POST", "sms/send") - before).isEqualTo(1);
    }

    /** C11 within chunks: a 429 on one chunk waits and sends that chunk again; every chunk sent exactly once. */
    @Test
    void rateLimitedChunkIsSentOnceAfterTheWait() throws Exception {
        CamelContext context = camel(null, Map.of());
        int before = sandbox.messages().size();
        sandbox.enqueueFault(Fault.throttled(1).on("POST", "sms/send"));
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(String.format("07540%05d", 500 + i));
        }
        long t0 = System.nanoTime();
        Exchange ex = context.createProducerTemplate().send("mifumo:sms/send?maxRecipientsPerRequest=2", e -> {
            e.getMessage().setBody("Chunks");
            e.getMessage().setHeader(MifumoConstants.RECIPIENTS, all);
        });
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertThat(ex.getException()).isNull();
        assertThat(ms).isBetween(800L, 10_000L);
        assertThat(sandbox.messages().size() - before).isEqualTo(3);
        assertThat(ex.getMessage().getBody(SendSmsResult.class).getFailedRecipients()).isEmpty();
    }

    // ---------------------------------------------------------------- delivery reports

    /** A report that shows up late with an older timestamp (C20's out-of-order arrival) lands below page one. */
    @Test
    void lateReportBelowTheFirstPageIsEmitted() throws Exception {
        lateReport("");
    }

    @Test
    void lateReportWithFullScan() throws Exception {
        lateReport("&fullScan=true");
    }

    private void lateReport(String extra) throws Exception {
        List<String> reports = new CopyOnWriteArrayList<>();
        for (int i = 5; i >= 1; i--) {
            reports.add(report("r" + i, "m" + i, "2024-01-01T11:00:0" + i + "Z"));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            int limit = Integer.parseInt(query.replaceAll(".*limit=(\\d+).*", "$1"));
            int offset = Integer.parseInt(query.replaceAll(".*offset=(\\d+).*", "$1"));
            List<String> page = reports.subList(Math.min(offset, reports.size()),
                    Math.min(offset + limit, reports.size()));
            boolean next = offset + limit < reports.size();
            byte[] body = ("{\"count\":" + reports.size() + ",\"next\":" + (next ? "\"more\"" : "null")
                           + ",\"results\":[" + String.join(",", page) + "]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            camel(base, from("mifumo:sms/delivery-reports?initialDelay=0&delay=50&limit=2" + extra, emitted), Map.of());
            sleepUntil(() -> emitted.size() >= 5, 10_000);
            assertThat(emitted).hasSize(5);
            // the late one: delivered 11:00:03.5, reported only now; newest first puts it on page 2
            reports.add(2, report("r-late", "m-late", "2024-01-01T11:00:03.500Z"));
            sleepUntil(() -> emitted.size() >= 6, 3_000);
            assertThat(emitted).extracting(e -> e.getMessage().getBody(DeliveryReport.class).getId())
                    .as("reports emitted").contains("r-late");
        } finally {
            server.stop(0);
        }
    }

    private static String report(String id, String messageId, String at) {
        return "{\"id\":\"" + id + "\",\"message_id\":\"" + messageId + "\",\"recipient\":\"+255754000111\","
               + "\"status\":\"delivered\",\"sent_at\":\"" + at + "\",\"delivered_at\":\"" + at + "\"}";
    }

    // ---------------------------------------------------------------- sms/status consumer

    /** One tracked id the API keeps failing on (500) must not keep others' final status from being emitted. */
    @Test
    void oneFailingStatusDoesNotBlockOtherMessages() throws Exception {
        CamelContext producer = camel(null, Map.of());
        String bad = producer.createProducerTemplate().requestBodyAndHeader("mifumo:sms/send", "a",
                MifumoConstants.RECIPIENTS, "0754000771", SendSmsResult.class).getMessageId();
        String good = producer.createProducerTemplate().requestBodyAndHeader("mifumo:sms/send", "b",
                MifumoConstants.RECIPIENTS, "0754000772", SendSmsResult.class).getMessageId();
        sandbox.setRecipientStatus(good, null, DeliveryStatus.DELIVERED);
        sandbox.enqueueFault(Fault.json(500, "{\"error\":\"boom\"}").on("GET", "sms/status/" + bad).times(10_000));
        camel(from("mifumo:sms/status?initialDelay=0&delay=50&maxRetries=0&messageIds=" + bad + "," + good, emitted),
                Map.of());
        sleepUntil(() -> !emitted.isEmpty(), 4_000);
        sandbox.clearFaults();
        assertThat(emitted).as("status of %s while %s fails", good, bad).isNotEmpty();
    }

    // ---------------------------------------------------------------- payments consumer

    private String pay(CamelContext context, String tenant) {
        return context.createProducerTemplate().requestBodyAndHeader(
                "mifumo:partner/payments/initiate?packageId=" + sandbox.packages().get(0).id(),
                Map.of("buyer_email", "owner@duka.example", "buyer_name", "Asha", "buyer_phone", "0754000111",
                        "mobile_money_provider", "vodacom"),
                MifumoConstants.TENANT_ID, tenant, PaymentInitiation.class).getTransactionId();
    }

    /** C25: a payment whose status keeps failing (500) blocks neither the other payment nor its own timeout. */
    @Test
    void oneFailingPaymentBlocksNeitherOthersNorTimeout() throws Exception {
        String tenant = sandbox.createTenant(sandbox.apiKey(), "Duka HOL", 0);
        CamelContext producer = camel(null, Map.of());
        String a = pay(producer, tenant);
        String b = pay(producer, tenant);
        sandbox.enqueueFault(Fault.json(500, "{\"error\":\"boom\"}")
                .on("GET", "partner/tenants/" + tenant + "/payments/" + a).times(10_000));
        sandbox.completePayment(b);
        camel(from("mifumo:partner/payments/status?initialDelay=0&delay=50&maxRetries=0&paymentTimeout=1000"
                   + "&tenantId=" + tenant + "&transactionId=" + a + "," + b, emitted), Map.of());
        sleepUntil(() -> emitted.size() >= 2, 5_000);
        sandbox.clearFaults();
        assertThat(emitted).extracting(e -> e.getMessage().getHeader(MifumoConstants.TRANSACTION_ID) + "="
                                            + e.getMessage().getHeader(MifumoConstants.STATUS))
                .containsExactlyInAnyOrder(b + "=completed", a + "=expired_by_client");
    }

    /** README: an expired payment "is emitted once ... and no longer polled" – also in discovery mode. */
    @Test
    void expiredDiscoveredPaymentIsNoLongerPolled() throws Exception {
        String tenant = sandbox.createTenant(sandbox.apiKey(), "Duka EXP", 0);
        CamelContext producer = camel(null, Map.of());
        String a = pay(producer, tenant);
        camel(from("mifumo:partner/payments/status?initialDelay=0&delay=50&paymentTimeout=200&tenantId=" + tenant,
                emitted), Map.of());
        sleepUntil(() -> !emitted.isEmpty(), 5_000);
        assertThat(emitted).hasSize(1);
        String statusPath = "partner/tenants/" + tenant + "/payments/" + a;
        int after = sandbox.requestCount("GET", statusPath);
        Thread.sleep(1_000);
        int later = sandbox.requestCount("GET", statusPath);
        assertThat(emitted).hasSize(1);
        assertThat(later - after).as("status GETs of the expired payment in the second after it expired")
                .isZero();
    }

    /** README: once expired, a later completion is not emitted — check what happens when it completes. */
    @Test
    void completionAfterExpiryIsNotEmittedTwice() throws Exception {
        String tenant = sandbox.createTenant(sandbox.apiKey(), "Duka EXP2", 0);
        CamelContext producer = camel(null, Map.of());
        String a = pay(producer, tenant);
        camel(from("mifumo:partner/payments/status?initialDelay=0&delay=50&paymentTimeout=200&tenantId=" + tenant
                   + "&transactionId=" + a, emitted), Map.of());
        sleepUntil(() -> !emitted.isEmpty(), 5_000);
        sandbox.completePayment(a);
        Thread.sleep(600);
        assertThat(emitted).hasSize(1);
        assertThat(sandbox.tenantBalance(tenant)).isEqualTo(1000);
    }

    // ---------------------------------------------------------------- partner

    @Test
    void buyerPhoneFormsAreSentLocal() throws Exception {
        String tenant = sandbox.createTenant(sandbox.apiKey(), "Duka P", 0);
        CamelContext producer = camel(null, Map.of());
        for (String phone : List.of("0754000111", "+255 754 000 111", "255754000111", "754000111", "00255754000111",
                "255754000111.0")) {
            int before = sandbox.requests().size();
            producer.createProducerTemplate().requestBodyAndHeader(
                    "mifumo:partner/payments/initiate?packageId=" + sandbox.packages().get(0).id(),
                    Map.of("buyer_email", "o@d.example", "buyer_name", "Asha", "buyer_phone", phone,
                            "mobile_money_provider", "VODACOM"),
                    MifumoConstants.TENANT_ID, tenant, PaymentInitiation.class);
            RecordedRequest req = sandbox.requests().subList(before, sandbox.requests().size()).stream()
                    .filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
            assertThat(req.body()).as(phone).contains("\"buyer_phone\":\"0754000111\"")
                    .contains("\"mobile_money_provider\":\"vodacom\"");
        }
    }

    @Test
    void pricingAroundTheGapAgreesLocallyAndRemotely() throws Exception {
        CamelContext producer = camel(null, Map.of());
        for (long credits : new long[] {1, 49_999, 50_000, 149_999, 150_000, 200_000, 249_999, 250_000, 1_000_000}) {
            PricingQuote remote = producer.createProducerTemplate().requestBody("mifumo:partner/pricing/calculate",
                    credits, PricingQuote.class);
            PricingQuote local = PricingCalculator.quote(credits);
            assertThat(local.getPrice()).as("price %d", credits).isEqualByComparingTo(remote.getPrice());
            assertThat(local.getTier()).as("tier %d", credits).isEqualTo(remote.getTier());
        }
        assertThat(PricingCalculator.quote(249_999).getUnitPrice())
                .isGreaterThanOrEqualTo(PricingCalculator.quote(250_000).getUnitPrice());
    }

    @Test
    void customPurchaseMinimum() throws Exception {
        String tenant = sandbox.createTenant(sandbox.apiKey(), "Duka C", 0);
        CamelContext producer = camel(null, Map.of());
        int before = sandbox.requestCount("POST", null);
        Exchange low = producer.createProducerTemplate().send("mifumo:partner/payments/custom/initiate", e -> {
            e.getMessage().setBody(Map.of("credits", 99, "buyer_email", "o@d.example", "buyer_name", "Asha",
                    "buyer_phone", "0754000111", "mobile_money_provider", "tigo"));
            e.getMessage().setHeader(MifumoConstants.TENANT_ID, tenant);
        });
        assertThat(low.getException()).isNotNull();
        assertThat(sandbox.requestCount("POST", null)).isEqualTo(before);
        Exchange ok = producer.createProducerTemplate().send("mifumo:partner/payments/custom/initiate", e -> {
            e.getMessage().setBody(Map.of("credits", 100, "buyer_email", "o@d.example", "buyer_name", "Asha",
                    "buyer_phone", "0754000111", "mobile_money_provider", "tigo"));
            e.getMessage().setHeader(MifumoConstants.TENANT_ID, tenant);
        });
        assertThat(ok.getException()).isNull();
    }

    // ---------------------------------------------------------------- JWT

    /** C34 with a stream body: after a 401 the upload is sent again in full. */
    @Test
    void importFromInputStreamSurvivesTokenRenewal() throws Exception {
        CamelContext context = camel(null, Map.of());
        context.createProducerTemplate().requestBody("mifumo:contacts/list", (Object) null);
        sandbox.revokeAccessTokens();
        String csv = "phone,first_name\n0754111001,Asha\n0754111002,Juma\n";
        ContactImportResult result = context.createProducerTemplate().requestBodyAndHeader(
                "mifumo:contacts/import", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                MifumoConstants.FILE_NAME, "c.csv", ContactImportResult.class);
        assertThat(result.getImported()).isEqualTo(2);
    }

    /** Both tokens revoked, 30 concurrent calls: one refresh attempt and one login, all succeed. */
    @Test
    void noStampedeWhenBothTokensAreRevoked() throws Exception {
        CamelContext context = camel(null, Map.of());
        context.createProducerTemplate().requestBody("mifumo:contacts/list", (Object) null);
        int logins = sandbox.requestCount("POST", "/api/auth/login/");
        int refreshes = sandbox.requestCount("POST", "/api/auth/token/refresh/");
        sandbox.revokeAccessTokens();
        sandbox.revokeRefreshTokens();
        List<CompletableFuture<Exchange>> futures = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            futures.add(context.createProducerTemplate().asyncSend("mifumo:contacts/list", e -> { }));
        }
        for (CompletableFuture<Exchange> f : futures) {
            assertThat(f.get(20, TimeUnit.SECONDS).getException()).isNull();
        }
        assertThat(sandbox.requestCount("POST", "/api/auth/login/") - logins).isEqualTo(1);
        assertThat(sandbox.requestCount("POST", "/api/auth/token/refresh/") - refreshes).isLessThanOrEqualTo(1);
    }

    /** C21: a login answer that is not JSON must not put the tokens it carries in the exception. */
    @Test
    void unreadableLoginAnswerDoesNotLeakTokens() throws Exception {
        CamelContext context = camel(null, Map.of());
        sandbox.enqueueFault(Fault.json(200,
                "{\"tokens\":{\"access\":\"eyJACCESSSECRET\",\"refresh\":\"eyJREFRESHSECRET\"},\"user\":{")
                .on("POST", "/api/auth/login/"));
        Exchange ex = context.createProducerTemplate().send("mifumo:contacts/list", e -> { });
        assertThat(ex.getException()).isNotNull();
        assertThat(messages(ex.getException())).doesNotContain("ACCESSSECRET").doesNotContain("REFRESHSECRET");
    }

    /** C21: an error page echoing the request (as a proxy might) – the API key is redacted; the JWT should be too. */
    @Test
    void echoedBearerTokenIsRedactedLikeTheApiKey() throws Exception {
        CamelContext context = camel(null, Map.of());
        String token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.SIGSECRETSIG";
        sandbox.enqueueFault(Fault.html(400, "<pre>GET /api/messaging/contacts/\nAuthorization: Bearer " + token
                                             + "</pre>").on("GET", "/api/messaging/contacts"));
        Exchange ex = context.createProducerTemplate().send("mifumo:contacts/list?accessToken=RAW(" + token + ")",
                e -> { });
        assertThat(ex.getException()).isNotNull();
        assertThat(messages(ex.getException())).doesNotContain("SIGSECRETSIG");

        // the same page echoing the API key, for comparison
        sandbox.enqueueFault(Fault.html(400, "<pre>Authorization: Bearer " + sandbox.apiKey() + "</pre>")
                .on("GET", "sms/balance"));
        Exchange ex2 = context.createProducerTemplate().send("mifumo:sms/balance", e -> { });
        assertThat(messages(ex2.getException())).doesNotContain("Bearer " + sandbox.apiKey());
    }

    /** C21: a failed login whose error body echoes the submitted form must not leak the password. */
    @Test
    void loginErrorEchoingTheBodyDoesNotLeakThePassword() throws Exception {
        CamelContext context = camel(null, Map.of());
        sandbox.enqueueFault(Fault.json(400, "{\"detail\":\"Invalid credentials for {email: " + sandbox.userEmail()
                                             + ", password: " + sandbox.userPassword() + "}\"}")
                .on("POST", "/api/auth/login/"));
        Exchange ex = context.createProducerTemplate().send("mifumo:contacts/list", e -> { });
        assertThat(ex.getException()).isNotNull();
        assertThat(messages(ex.getException())).doesNotContain(sandbox.userPassword());
    }
}
