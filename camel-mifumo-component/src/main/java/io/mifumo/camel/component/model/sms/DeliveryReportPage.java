package io.mifumo.camel.component.model.sms;

import java.util.List;

/**
 * One page of sms/delivery-reports, read from whichever list shape the API answered with.
 */
public class DeliveryReportPage {

    private final List<DeliveryReport> reports;
    private final Integer totalCount;
    private final boolean more;

    public DeliveryReportPage(List<DeliveryReport> reports, Integer totalCount, boolean more) {
        this.reports = List.copyOf(reports);
        this.totalCount = totalCount;
        this.more = more;
    }

    public List<DeliveryReport> getReports() {
        return reports;
    }

    /** The total number of reports, or null when the answer did not say. */
    public Integer getTotalCount() {
        return totalCount;
    }

    /** Whether another page may follow this one. */
    public boolean hasMore() {
        return more;
    }
}
