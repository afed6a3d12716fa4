package io.mifumo.camel.example.springboot;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.mifumo.camel.component.model.sms.DeliveryReport;
import org.springframework.stereotype.Component;

/**
 * Delivery reports in memory, one per report id, so reading overlapping pages stores each report once. A database
 * table would take its place in a real application; the storing route calls {@link #store} either way.
 */
@Component("deliveryReportStore")
public class DeliveryReportStore {

    private final Map<String, DeliveryReport> reports = new ConcurrentHashMap<>();

    public void store(DeliveryReport report) {
        String id = report.getId() != null ? report.getId() : report.getMessageId() + "/" + report.getRecipient();
        reports.put(id, report);
    }

    public List<DeliveryReport> all() {
        return reports.values().stream().sorted(Comparator.comparing(DeliveryReport::getMessageId)
                .thenComparing(DeliveryReport::getRecipient)).toList();
    }

    public List<DeliveryReport> forMessage(String messageId) {
        return all().stream().filter(r -> messageId.equals(r.getMessageId())).toList();
    }
}
