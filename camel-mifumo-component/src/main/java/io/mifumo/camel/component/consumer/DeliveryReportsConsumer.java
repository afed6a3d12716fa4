package io.mifumo.camel.component.consumer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.MifumoEndpoint;
import io.mifumo.camel.component.binding.Inputs;
import io.mifumo.camel.component.model.sms.DeliveryReport;
import io.mifumo.camel.component.service.ResponseBodies;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls sms/delivery-reports page by page and emits each report not emitted before, oldest first.
 * <p>
 * Reports arriving while the consumer pages shift the offsets (the list is newest first), so a page may repeat
 * reports of the page before: they are recognised by key and emitted once. A report's key is its id (or message id
 * and recipient) with its status, so a later status of the same report is a new event; a status that is not final
 * is dropped once a final one was emitted for the same message and recipient.
 */
public class DeliveryReportsConsumer extends MifumoPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryReportsConsumer.class);
    private static final int MAX_PAGES = 100_000;

    private boolean firstPollDone;
    private long polls;

    public DeliveryReportsConsumer(MifumoEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    protected int poll() throws Exception {
        polls++;
        int interval = configuration.getFullScanInterval();
        // every few polls read everything, so a report listed late below the first page is found after all
        boolean fullPass = configuration.isFullScan() || !firstPollDone || isFailedSinceFullPass()
                           || interval > 0 && polls % interval == 0;
        Map<String, DeliveryReport> fresh = readNewReports(fullPass);
        firstPollDone = true;
        if (fullPass) {
            fullPassDone();
        }

        List<Map.Entry<String, DeliveryReport>> ordered = new ArrayList<>(fresh.entrySet());
        // the API lists newest first: emit oldest first, so a route sees changes in the order they happened
        Collections.reverse(ordered);
        List<Pending> pending = configuration.isBatch() ? pages(ordered) : singles(ordered);
        return emit(pending);
    }

    private Map<String, DeliveryReport> readNewReports(boolean fullPass) throws Exception {
        int limit = configuration.getLimit();
        Map<String, DeliveryReport> fresh = new LinkedHashMap<>();
        Set<String> finalInThisPoll = new HashSet<>();
        Set<String> seen = new HashSet<>();
        int offset = 0;
        for (int pageNumber = 0; pageNumber < MAX_PAGES; pageNumber++) {
            ResponseBodies.Page<DeliveryReport> page = ResponseBodies.readPage(Inputs.MAPPER,
                    fetch(request(endpoint.getResolvedOperation().pathTemplate()).query("limit", limit)
                            .query("offset", offset)),
                    DeliveryReport.class);
            int newOnPage = 0;
            for (DeliveryReport report : page.items()) {
                String key = key(report);
                if (!seen.add(key) || repository.contains(key)) {
                    continue;
                }
                newOnPage++;
                fresh.put(key, report);
                if (Statuses.isFinal(report.getStatus())) {
                    finalInThisPoll.add(subject(report));
                }
            }
            boolean more = page.mayHaveMore(limit);
            if (!more || page.items().isEmpty() || (!fullPass && newOnPage == 0)) {
                break;
            }
            offset += page.items().size();
        }
        dropSuperseded(fresh, finalInThisPoll);
        return fresh;
    }

    /**
     * Drops statuses that are not final when a final one exists for the same message and recipient: a final status
     * never moves back (a late "sent" after "delivered" is not news).
     */
    private void dropSuperseded(Map<String, DeliveryReport> fresh, Set<String> finalInThisPoll) {
        fresh.entrySet().removeIf(entry -> {
            DeliveryReport report = entry.getValue();
            if (Statuses.isFinal(report.getStatus())) {
                return false;
            }
            String subject = subject(report);
            if (finalInThisPoll.contains(subject) || repository.contains(finalKey(subject))) {
                LOG.debug("Dropping status {} of {}: a final status was already seen", report.getStatus(), subject);
                // remembered, so later polls do not count it as new
                repository.add(entry.getKey());
                return true;
            }
            return false;
        });
    }

    private List<Pending> singles(List<Map.Entry<String, DeliveryReport>> ordered) {
        List<Pending> pending = new ArrayList<>(ordered.size());
        for (Map.Entry<String, DeliveryReport> entry : ordered) {
            DeliveryReport report = entry.getValue();
            Exchange exchange = createExchange(false);
            Message message = exchange.getMessage();
            message.setBody(report);
            message.setHeader(MifumoConstants.MESSAGE_ID, report.getMessageId());
            message.setHeader(MifumoConstants.STATUS, report.getStatus());
            message.setHeader(MifumoConstants.RECIPIENT, report.getRecipient());
            message.setHeader(MifumoConstants.SENT_AT, report.getSentAt());
            message.setHeader(MifumoConstants.DELIVERED_AT, report.getDeliveredAt());
            message.setHeader(MifumoConstants.FINAL, Statuses.isFinal(report.getStatus()));
            pending.add(new Pending(exchange, () -> markDone(entry.getKey(), report),
                    "delivery report " + entry.getKey()));
        }
        return pending;
    }

    private List<Pending> pages(List<Map.Entry<String, DeliveryReport>> ordered) {
        List<Pending> pending = new ArrayList<>();
        int size = configuration.getLimit();
        for (int start = 0; start < ordered.size(); start += size) {
            List<Map.Entry<String, DeliveryReport>> chunk = ordered.subList(start, Math.min(ordered.size(),
                    start + size));
            List<DeliveryReport> reports = chunk.stream().map(Map.Entry::getValue).toList();
            Exchange exchange = createExchange(false);
            exchange.getMessage().setBody(new ArrayList<>(reports));
            pending.add(new Pending(exchange, () -> chunk.forEach(e -> markDone(e.getKey(), e.getValue())),
                    "page of " + reports.size() + " delivery reports"));
        }
        return pending;
    }

    private void markDone(String key, DeliveryReport report) {
        repository.add(key);
        if (Statuses.isFinal(report.getStatus())) {
            repository.add(finalKey(subject(report)));
        }
    }

    static String key(DeliveryReport report) {
        String id = report.getId() != null && !report.getId().isBlank() ? report.getId() : subject(report);
        return id + "|" + report.getStatus();
    }

    private static String subject(DeliveryReport report) {
        return report.getMessageId() + "/" + report.getRecipient();
    }

    private static String finalKey(String subject) {
        return subject + "|final";
    }
}
