package io.mifumo.camel.examples.reports;

import io.mifumo.camel.component.MifumoConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * Stores delivery reports in a database table (message id, recipient, status, delivered at). The upsert never
 * overwrites a final status, so a late or replayed "sent" after "delivered" changes nothing.
 */
public class DeliveryReportsToDatabaseRoute extends RouteBuilder {

    /** The table, created if missing; one row per message and recipient. */
    public static final String CREATE_TABLE = "CREATE TABLE IF NOT EXISTS delivery_report ("
                                              + "message_id VARCHAR(64) NOT NULL, "
                                              + "recipient VARCHAR(20) NOT NULL, "
                                              + "status VARCHAR(20) NOT NULL, "
                                              + "delivered_at VARCHAR(40), "
                                              + "PRIMARY KEY (message_id, recipient))";

    static final String UPSERT = "MERGE INTO delivery_report t"
                                 + " USING (VALUES (:#messageId, :#recipient, :#status, :#deliveredAt))"
                                 + " AS s(message_id, recipient, status, delivered_at)"
                                 + " ON t.message_id = s.message_id AND t.recipient = s.recipient"
                                 + " WHEN MATCHED AND t.status NOT IN"
                                 + " ('delivered', 'failed', 'rejected', 'expired', 'undelivered', 'undeliverable')"
                                 + " THEN UPDATE SET status = s.status, delivered_at = s.delivered_at"
                                 + " WHEN NOT MATCHED THEN INSERT (message_id, recipient, status, delivered_at)"
                                 + " VALUES (s.message_id, s.recipient, s.status, s.delivered_at)";

    private final String consumerUri;
    private final String dataSource;

    /**
     * @param consumerUri the mifumo:sms/delivery-reports consumer, with its options
     * @param dataSource  the registry name of the javax.sql.DataSource
     */
    public DeliveryReportsToDatabaseRoute(String consumerUri, String dataSource) {
        this.consumerUri = consumerUri;
        this.dataSource = dataSource;
    }

    @Override
    public void configure() {
        from(consumerUri)
                .routeId("delivery-reports-to-database")
                .to("direct:store-report");

        from("direct:store-report")
                .routeId("store-report")
                .setHeader("messageId", header(MifumoConstants.MESSAGE_ID))
                .setHeader("recipient", header(MifumoConstants.RECIPIENT))
                .setHeader("status", header(MifumoConstants.STATUS))
                .setHeader("deliveredAt", header(MifumoConstants.DELIVERED_AT))
                .toF("sql:%s?dataSource=#%s", UPSERT, dataSource)
                .log("Stored ${header.status} for ${header.messageId} to ${header.recipient}");
    }
}
