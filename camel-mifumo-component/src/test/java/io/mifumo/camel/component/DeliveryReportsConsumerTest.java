package io.mifumo.camel.component;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.mifumo.camel.component.model.sms.DeliveryReport;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.sandbox.DeliveryStatus;
import io.mifumo.camel.sandbox.Fault;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryReportsConsumerTest {

    // statuses move only when a test forces them
    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(
            builder -> builder.deliveryDelay(Duration.ofHours(1)).apiKey(MifumoSandbox.DEFAULT_API_KEY, 100_000));

    static final String POLL = "mifumo:sms/delivery-reports?initialDelay=0&delay=50";

    @TempDir
    Path dir;

    private MifumoSandbox sandbox;
    private final List<CamelContext> contexts = new ArrayList<>();
    private final List<DeliveryReport> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        sandbox = SANDBOX.getSandbox();
    }

    @AfterEach
    void stop() {
        contexts.forEach(CamelContext::stop);
    }

    private CamelContext camel(RouteBuilder routes, Map<String, Object> beans) throws Exception {
        CamelContext context = new DefaultCamelContext();
        MifumoComponent component = new MifumoComponent();
        component.getConfiguration().setApiKey(sandbox.apiKey());
        component.getConfiguration().setBaseUrl(sandbox.baseUrl());
        component.getConfiguration().setSenderId("MIFUMO");
        context.addComponent("mifumo", component);
        beans.forEach(context.getRegistry()::bind);
        if (routes != null) {
            context.addRoutes(routes);
        }
        context.start();
        contexts.add(context);
        return context;
    }

    private RouteBuilder collect(String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(e -> received.add(e.getMessage().getBody(DeliveryReport.class)));
            }
        };
    }

    /** Sends one SMS per recipient and returns the message ids; nothing is delivered yet. */
    private List<String> send(int count) throws Exception {
        CamelContext context = camel(null, Map.of());
        ProducerTemplate template = context.createProducerTemplate();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(template.requestBodyAndHeader("mifumo:sms/send", "Hello " + i, MifumoConstants.RECIPIENTS,
                    String.format("+2557540%05d", i), SendSmsResult.class).getMessageId());
        }
        return ids;
    }

    private void deliver(String id) throws InterruptedException {
        sandbox.setRecipientStatus(id, null, DeliveryStatus.DELIVERED);
        // distinct delivery times keep the sandbox's newest-first order unambiguous
        Thread.sleep(3);
    }

    private void awaitReceived(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(received).as("reports received; the sandbox saw %d report reads, last: %s",
                sandbox.requestCount("GET", "sms/delivery-reports"),
                sandbox.requests().isEmpty() ? "none" : sandbox.requests().get(sandbox.requests().size() - 1))
                .hasSizeGreaterThanOrEqualTo(count);
    }

    private void assertNothingMoreAfterPolls(int expected) throws InterruptedException {
        int polls = sandbox.requestCount("GET", "sms/delivery-reports");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sandbox.requestCount("GET", "sms/delivery-reports") < polls + 6 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(received).hasSize(expected);
    }

    private List<String> receivedMessageIds() {
        return received.stream().map(DeliveryReport::getMessageId).toList();
    }

    @Test
    void aReportArrivingBetweenPagesIsNeitherSkippedNorRepeated() throws Exception {
        // C18: newest first r5..r1, page size 2; after page one a new r6 arrives, so page two repeats r4
        List<String> ids = send(6);
        for (String id : ids.subList(0, 5)) {
            deliver(id);
        }
        AtomicBoolean inserted = new AtomicBoolean();
        sandbox.onRequest(request -> {
            if (request.contains("delivery-reports") && request.contains("offset=2") && !inserted.getAndSet(true)) {
                sandbox.setRecipientStatus(ids.get(5), null, DeliveryStatus.DELIVERED);
            }
        });

        camel(collect(POLL + "&limit=2"), Map.of());

        awaitReceived(6);
        assertNothingMoreAfterPolls(6);
        assertThat(inserted).isTrue();
        assertThat(receivedMessageIds()).containsExactlyInAnyOrderElementsOf(ids);
        // oldest first within a poll
        assertThat(receivedMessageIds().subList(0, 5)).containsExactlyElementsOf(ids.subList(0, 5));
    }

    @Test
    void everyReportOfSeveralPagesIsEmittedAndASecondReaderSeesTheSame() throws Exception {
        // C19: 105 reports, page size 50
        List<String> ids = send(105);
        ids.forEach(id -> sandbox.setRecipientStatus(id, null, DeliveryStatus.DELIVERED));

        camel(collect(POLL + "&limit=50"), Map.of());
        awaitReceived(105);
        assertNothingMoreAfterPolls(105);
        assertThat(receivedMessageIds()).containsExactlyInAnyOrderElementsOf(ids);

        received.clear();
        camel(collect(POLL + "&limit=50"), Map.of());
        awaitReceived(105);
        assertThat(receivedMessageIds()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void reportsArrivingWhileTheConsumerRunsAreEmittedOnce() throws Exception {
        List<String> ids = send(20);
        camel(collect(POLL + "&limit=3"), Map.of());
        for (String id : ids) {
            deliver(id);
        }
        awaitReceived(20);
        assertNothingMoreAfterPolls(20);
        assertThat(receivedMessageIds()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aFinalStatusNeverMovesBack() throws Exception {
        // C20: "delivered" (11:00:05) is listed before a late "sent" (11:00:02) of the same message
        String delivered = "{\"message_id\":\"m1\",\"recipient\":\"+255754000111\",\"status\":\"delivered\","
                           + "\"delivered_at\":\"2026-12-04T11:00:05Z\"}";
        String sent = "{\"message_id\":\"m1\",\"recipient\":\"+255754000111\",\"status\":\"sent\","
                      + "\"sent_at\":\"2026-12-04T11:00:02Z\"}";
        sandbox.enqueueFault(Fault.json(200, "[" + delivered + "," + sent + "]").on("GET", "sms/delivery-reports"));
        sandbox.enqueueFault(Fault.json(200, "[" + sent + "]").on("GET", "sms/delivery-reports").times(3));

        camel(collect(POLL), Map.of());
        awaitReceived(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sandbox.pendingFaults() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(sandbox.pendingFaults()).isZero();
        assertThat(received).singleElement().satisfies(r -> assertThat(r.getStatus()).isEqualTo("delivered"));
    }

    @Test
    void aPersistentRepositoryMeansNothingTwiceAndNothingLostAcrossRestarts() throws Exception {
        Path store = dir.resolve("emitted.dat");
        List<String> ids = send(5);
        ids.subList(0, 3).forEach(id -> sandbox.setRecipientStatus(id, null, DeliveryStatus.DELIVERED));

        CamelContext first = camel(collect(POLL + "&idempotentRepository=#emitted"),
                Map.of("emitted", FileIdempotentRepository.fileIdempotentRepository(store.toFile())));
        awaitReceived(3);
        assertNothingMoreAfterPolls(3);
        first.stop();

        ids.subList(3, 5).forEach(id -> sandbox.setRecipientStatus(id, null, DeliveryStatus.DELIVERED));
        received.clear();
        camel(collect(POLL + "&idempotentRepository=#emitted"),
                Map.of("emitted", FileIdempotentRepository.fileIdempotentRepository(store.toFile())));
        awaitReceived(2);
        assertNothingMoreAfterPolls(2);
        assertThat(receivedMessageIds()).containsExactlyInAnyOrderElementsOf(ids.subList(3, 5));
    }

    @Test
    void aReportTheRouteFailedOnIsOfferedAgain() throws Exception {
        List<String> ids = send(3);
        ids.forEach(id -> sandbox.setRecipientStatus(id, null, DeliveryStatus.DELIVERED));
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        String poison = ids.get(1);

        camel(new RouteBuilder() {
            @Override
            public void configure() {
                from(POLL).process(e -> {
                    DeliveryReport report = e.getMessage().getBody(DeliveryReport.class);
                    int attempt = attempts.computeIfAbsent(report.getMessageId(), k -> new AtomicInteger())
                            .incrementAndGet();
                    if (report.getMessageId().equals(poison) && attempt < 3) {
                        throw new IllegalStateException("database down");
                    }
                    received.add(report);
                });
            }
        }, Map.of());

        awaitReceived(3);
        assertNothingMoreAfterPolls(3);
        assertThat(attempts.get(poison)).hasValue(3);
        assertThat(attempts.get(ids.get(0))).hasValue(1);
        assertThat(receivedMessageIds()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void markFailedAsDoneGivesUpOnAFailedReport() throws Exception {
        List<String> ids = send(2);
        ids.forEach(id -> sandbox.setRecipientStatus(id, null, DeliveryStatus.DELIVERED));
        AtomicInteger attempts = new AtomicInteger();
        camel(new RouteBuilder() {
            @Override
            public void configure() {
                from(POLL + "&markFailedAsDone=true").process(e -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("always fails");
                });
            }
        }, Map.of());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (sandbox.requestCount("GET", "sms/delivery-reports") < 8 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(attempts).hasValue(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void batchModeEmitsAPagePerExchangeWithBatchProperties() throws Exception {
        List<String> ids = send(5);
        ids.forEach(id -> sandbox.setRecipientStatus(id, null, DeliveryStatus.DELIVERED));
        List<Exchange> exchanges = new CopyOnWriteArrayList<>();
        camel(new RouteBuilder() {
            @Override
            public void configure() {
                from(POLL + "&batch=true&limit=2").process(exchanges::add);
            }
        }, Map.of());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (exchanges.size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(exchanges).hasSize(3);
        assertThat(exchanges).extracting(e -> e.getMessage().getBody(List.class).size()).containsExactly(2, 2, 1);
        assertThat(exchanges.get(2).getProperty(ExchangePropertyKey.BATCH_COMPLETE, Boolean.class)).isTrue();
        assertThat(exchanges.get(0).getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class)).isEqualTo(3);
        List<String> all = new ArrayList<>();
        exchanges.forEach(e -> ((List<DeliveryReport>) e.getMessage().getBody(List.class))
                .forEach(r -> all.add(r.getMessageId())));
        assertThat(all).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void headersDescribeTheReport() throws Exception {
        String id = send(1).get(0);
        sandbox.setRecipientStatus(id, null, DeliveryStatus.FAILED);
        List<Exchange> exchanges = new CopyOnWriteArrayList<>();
        camel(new RouteBuilder() {
            @Override
            public void configure() {
                from(POLL).process(exchanges::add);
            }
        }, Map.of());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (exchanges.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(exchanges).isNotEmpty();
        Map<String, Object> headers = exchanges.get(0).getMessage().getHeaders();
        assertThat(headers).containsEntry(MifumoConstants.MESSAGE_ID, id)
                .containsEntry(MifumoConstants.STATUS, "failed")
                .containsEntry(MifumoConstants.RECIPIENT, "+255754000000")
                .containsEntry(MifumoConstants.FINAL, true)
                .containsKey(MifumoConstants.SENT_AT);
    }

    @Test
    void pollErrorsAreLoggedOncePerStreakAndNeverStopTheConsumer() throws Exception {
        String id = send(1).get(0);
        sandbox.setRecipientStatus(id, null, DeliveryStatus.DELIVERED);
        sandbox.enqueueFault(Fault.html(503, "<h1>Service Unavailable</h1>").on("GET", "sms/delivery-reports")
                .times(4));
        try (LogCapture logs = new LogCapture()) {
            camel(collect(POLL + "&apiKey=RAW(" + sandbox.apiKey() + ")"), Map.of());
            awaitReceived(1);
            // the poll strategy hears of the success just after the exchange is processed
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (logs.lines().stream().noneMatch(l -> l.contains("works again")) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            List<String> warnings = logs.lines().stream().filter(l -> l.contains("Polling")).toList();
            assertThat(warnings.stream().filter(l -> l.contains("failed, will keep trying"))).hasSize(1);
            assertThat(warnings.stream().filter(l -> l.contains("failed again"))).hasSize(3);
            assertThat(warnings.stream().filter(l -> l.contains("works again after 4 failed polls"))).hasSize(1);
            // Camel's own per-failure WARN is demoted: one warning per streak
            assertThat(logs.lines().stream().filter(l -> l.startsWith("WARN") && l.contains("Failed polling")))
                    .isEmpty();
            assertThat(String.join("\n", logs.lines())).doesNotContain(sandbox.apiKey());
        }
        assertThat(received).hasSize(1);
    }

    @Test
    void quartzCronSchedulesThePolls() throws Exception {
        String id = send(1).get(0);
        sandbox.setRecipientStatus(id, null, DeliveryStatus.DELIVERED);
        camel(collect("mifumo:sms/delivery-reports?scheduler=quartz&scheduler.cron=0/1+*+*+*+*+?"), Map.of());
        awaitReceived(1);
        assertThat(received).singleElement().satisfies(r -> assertThat(r.getMessageId()).isEqualTo(id));
    }

    @Test
    void anIdlePollSendsAnEmptyMessageWhenAskedAndBacksOff() throws Exception {
        List<Exchange> exchanges = new CopyOnWriteArrayList<>();
        camel(new RouteBuilder() {
            @Override
            public void configure() {
                from(POLL + "&sendEmptyMessageWhenIdle=true&backoffMultiplier=4&backoffIdleThreshold=2")
                        .process(exchanges::add);
            }
        }, Map.of());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (exchanges.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(exchanges).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(e -> assertThat(e.getMessage().getBody()).isNull());
        // after two idle polls the scheduler skips polls: far fewer than one request per 50 ms
        int before = sandbox.requestCount("GET", "sms/delivery-reports");
        Thread.sleep(1000);
        assertThat(sandbox.requestCount("GET", "sms/delivery-reports") - before).isLessThan(12);
    }
}
