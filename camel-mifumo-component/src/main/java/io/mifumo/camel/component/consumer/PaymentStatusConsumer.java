package io.mifumo.camel.component.consumer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.MifumoEndpoint;
import io.mifumo.camel.component.binding.Inputs;
import io.mifumo.camel.component.binding.PartnerPayments;
import io.mifumo.camel.component.exception.MifumoNotFoundException;
import io.mifumo.camel.component.model.partner.CustomPurchase;
import io.mifumo.camel.component.model.partner.PaymentHistoryEntry;
import io.mifumo.camel.component.model.partner.PaymentStatus;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.ResponseBodies;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the status of a tenant's mobile-money payments and emits one exchange per payment when it completes, fails
 * or is cancelled. The payments are those of the transactionId and purchaseId options, and, when neither is set,
 * every pending payment found in the tenant's payment history. A payment still pending after paymentTimeout is
 * emitted once with the status {@value #EXPIRED_BY_CLIENT} and no longer polled, so a route never waits forever.
 */
public class PaymentStatusConsumer extends MifumoPollingConsumer {

    /** The status of a payment the consumer stopped waiting for; the payment itself may still complete later. */
    public static final String EXPIRED_BY_CLIENT = "expired_by_client";

    private static final Logger LOG = LoggerFactory.getLogger(PaymentStatusConsumer.class);
    private static final int HISTORY_PAGE = 100;

    private final Map<String, Tracked> tracked = new ConcurrentHashMap<>();
    private String tenantId;
    private boolean discover;

    public PaymentStatusConsumer(MifumoEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    protected void doStart() throws Exception {
        tenantId = Inputs.firstNonEmpty(configuration.getTenantId());
        if (tenantId == null) {
            throw new IllegalArgumentException("mifumo:partner/payments/status needs the tenantId option to poll");
        }
        Instant now = Instant.now();
        split(configuration.getTransactionId()).forEach(id -> tracked.put("payment:" + id,
                new Tracked(id, false, now)));
        split(configuration.getPurchaseId()).forEach(id -> tracked.put("purchase:" + id,
                new Tracked(id, true, now)));
        discover = tracked.isEmpty();
        super.doStart();
    }

    private static List<String> split(String ids) {
        List<String> result = new ArrayList<>();
        if (ids != null) {
            for (String id : ids.split(",")) {
                if (!id.isBlank()) {
                    result.add(id.strip());
                }
            }
        }
        return result;
    }

    @Override
    protected int poll() throws Exception {
        if (discover) {
            discoverPending();
        }
        List<Pending> pending = new ArrayList<>();
        Exception firstFailure = null;
        int failures = 0;
        int polled = 0;
        for (Map.Entry<String, Tracked> entry : tracked.entrySet()) {
            Tracked payment = entry.getValue();
            String key = tenantId + "|" + entry.getKey();
            Exchange exchange;
            String status;
            polled++;
            try {
                if (payment.custom()) {
                    CustomPurchase purchase = Inputs.object(fetch(PartnerPayments.customPurchaseStatusRequest(
                            configuration, tenantId, payment.id())), CustomPurchase.class);
                    status = purchase.getStatus();
                    exchange = exchange(purchase, payment, status, purchase.getAmount(), purchase.getCreditsAdded());
                } else {
                    PaymentStatus answer = Inputs.object(fetch(PartnerPayments.paymentStatusRequest(
                            configuration, tenantId, payment.id())), PaymentStatus.class);
                    status = answer.getStatus();
                    exchange = exchange(answer, payment, status, answer.getAmount(), answer.getCreditsAdded());
                }
            } catch (MifumoNotFoundException e) {
                LOG.warn("Payment {} of tenant {} is unknown to the API (HTTP 404); it is no longer polled",
                        payment.id(), tenantId);
                tracked.remove(entry.getKey());
                continue;
            } catch (Exception e) {
                // one payment failing holds back neither the others nor its own timeout
                firstFailure = firstFailure == null ? e : firstFailure;
                failures++;
                status = PaymentStatus.PENDING;
                exchange = exchange(null, payment, status, null, null);
            }

            boolean done = PaymentStatus.isFinalStatus(status);
            if (!done && Instant.now().isAfter(payment.since().plusMillis(configuration.getPaymentTimeout()))) {
                status = EXPIRED_BY_CLIENT;
                exchange.getMessage().setHeader(MifumoConstants.STATUS, status);
                done = true;
            }
            if (!done) {
                continue;
            }
            String emittedKey = key + "|" + status;
            if (repository.contains(emittedKey) || repository.contains(key + "|done")) {
                // emitted before (an earlier poll, or before a restart with a persistent repository)
                tracked.remove(entry.getKey());
                continue;
            }
            pending.add(new Pending(exchange, () -> {
                repository.add(emittedKey);
                repository.add(key + "|done");
                tracked.remove(entry.getKey());
            }, "payment " + payment.id() + " " + status));
        }
        int emitted = emit(pending);
        if (firstFailure != null && failures == polled && pending.isEmpty()) {
            // every read failed and nothing timed out: a poll error, for the poll strategy and the backoff
            throw firstFailure;
        }
        return emitted;
    }

    private Exchange exchange(Object body, Tracked payment, String status, BigDecimal amount, Long creditsAdded) {
        Exchange exchange = createExchange(false);
        Message message = exchange.getMessage();
        message.setBody(body);
        message.setHeader(MifumoConstants.TENANT_ID, tenantId);
        message.setHeader(payment.custom() ? MifumoConstants.PURCHASE_ID : MifumoConstants.TRANSACTION_ID,
                payment.id());
        message.setHeader(MifumoConstants.STATUS, status);
        message.setHeader(MifumoConstants.AMOUNT, amount);
        message.setHeader(MifumoConstants.CREDITS_ADDED, creditsAdded);
        return exchange;
    }

    /**
     * Adds every pending payment of the tenant's history to the tracked ones, dated from its creation.
     */
    private void discoverPending() throws Exception {
        MifumoOperation operation = MifumoOperation.PARTNER_PAYMENTS_HISTORY;
        String path = operation.expandPath(Map.of("tenant_id", tenantId));
        for (int offset = 0; ; offset += HISTORY_PAGE) {
            ResponseBodies.Page<PaymentHistoryEntry> page = ResponseBodies.readPage(Inputs.MAPPER,
                    fetch(Inputs.request(operation, configuration, path).query("status", PaymentStatus.PENDING)
                            .query("limit", HISTORY_PAGE).query("offset", offset)),
                    PaymentHistoryEntry.class);
            for (PaymentHistoryEntry entry : page.items()) {
                if (entry.getTransactionId() != null
                        && repository.contains(tenantId + "|payment:" + entry.getTransactionId() + "|done")
                        || entry.getPurchaseId() != null
                           && repository.contains(tenantId + "|purchase:" + entry.getPurchaseId() + "|done")) {
                    // emitted before (completed, or given up as expired_by_client): not polled again
                    continue;
                }
                boolean custom = entry.getPurchaseId() != null && entry.getTransactionId() == null
                                 || "custom".equalsIgnoreCase(entry.getPaymentType()) && entry.getPurchaseId() != null;
                String id = custom ? entry.getPurchaseId() : entry.getTransactionId();
                if (id != null) {
                    tracked.putIfAbsent((custom ? "purchase:" : "payment:") + id,
                            new Tracked(id, custom, created(entry.getCreatedAt())));
                }
            }
            boolean more = page.mayHaveMore(HISTORY_PAGE);
            if (!more || page.items().isEmpty()) {
                return;
            }
        }
    }

    private static Instant created(String createdAt) {
        try {
            return createdAt == null ? Instant.now() : OffsetDateTime.parse(createdAt).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }

    /** The ids this consumer polls, for tests and health checks. */
    public List<String> trackedIds() {
        return tracked.values().stream().map(Tracked::id).toList();
    }

    private record Tracked(String id, boolean custom, Instant since) {
    }
}
