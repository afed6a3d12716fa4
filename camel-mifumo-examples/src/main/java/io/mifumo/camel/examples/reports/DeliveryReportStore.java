package io.mifumo.camel.examples.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.mifumo.camel.component.model.sms.DeliveryReport;

/**
 * Delivery reports kept in memory, one per report id: storing the same report again replaces it, so a poller that
 * reads overlapping pages stores each report once.
 */
public class DeliveryReportStore {

    private final Map<String, DeliveryReport> reports = new ConcurrentHashMap<>();

    /**
     * Stores the report; returns true when its id was new.
     */
    public boolean store(DeliveryReport report) {
        String id = report.getId() != null ? report.getId() : report.getMessageId() + "/" + report.getRecipient();
        return reports.put(id, report) == null;
    }

    public List<DeliveryReport> all() {
        return new ArrayList<>(reports.values());
    }

    public List<DeliveryReport> forMessage(String messageId) {
        return reports.values().stream().filter(r -> messageId.equals(r.getMessageId())).toList();
    }

    public int size() {
        return reports.size();
    }
}
