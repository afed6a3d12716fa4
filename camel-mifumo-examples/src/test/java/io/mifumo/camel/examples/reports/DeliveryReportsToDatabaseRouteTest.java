package io.mifumo.camel.examples.reports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.mifumo.camel.component.MifumoComponent;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.sandbox.DeliveryStatus;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryReportsToDatabaseRouteTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(
            builder -> builder.deliveryDelay(Duration.ofHours(1)));

    private static Map<String, String> statuses(JdbcDataSource db) throws Exception {
        Map<String, String> rows = new HashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT message_id, recipient, status FROM delivery_report")) {
            while (r.next()) {
                rows.put(r.getString(1) + "/" + r.getString(2), r.getString(3));
            }
        }
        return rows;
    }

    @Test
    void reportsLandInTheTableAndAFinalStatusIsNeverOverwritten() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:reports-test;DB_CLOSE_DELAY=-1");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(DeliveryReportsToDatabaseRoute.CREATE_TABLE);
        }

        try (CamelContext context = new DefaultCamelContext()) {
            MifumoComponent mifumo = new MifumoComponent();
            mifumo.getConfiguration().setApiKey(sandbox.apiKey());
            mifumo.getConfiguration().setBaseUrl(sandbox.baseUrl());
            mifumo.getConfiguration().setSenderId("DUKA");
            context.addComponent("mifumo", mifumo);
            context.getRegistry().bind("reportsDb", db);
            context.addRoutes(new DeliveryReportsToDatabaseRoute(
                    "mifumo:sms/delivery-reports?initialDelay=0&delay=50", "reportsDb"));
            context.start();
            ProducerTemplate template = context.createProducerTemplate();

            SendSmsResult first = template.requestBodyAndHeader("mifumo:sms/send", "Habari",
                    MifumoConstants.RECIPIENTS, "0754000111,0655000222", SendSmsResult.class);
            sandbox.setRecipientStatus(first.getMessageId(), "+255754000111", DeliveryStatus.DELIVERED);
            sandbox.setRecipientStatus(first.getMessageId(), "+255655000222", DeliveryStatus.FAILED);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (statuses(db).size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(statuses(db)).containsOnly(
                    Map.entry(first.getMessageId() + "/+255754000111", "delivered"),
                    Map.entry(first.getMessageId() + "/+255655000222", "failed"));

            // a late "sent" for a delivered message (a replay, or out-of-order reports) changes nothing
            template.sendBodyAndHeaders("direct:store-report", null, Map.of(
                    MifumoConstants.MESSAGE_ID, first.getMessageId(), MifumoConstants.RECIPIENT, "+255754000111",
                    MifumoConstants.STATUS, "sent"));
            // while a row that is not final yet moves forward
            template.sendBodyAndHeaders("direct:store-report", null, Map.of(
                    MifumoConstants.MESSAGE_ID, "m2", MifumoConstants.RECIPIENT, "+255692000444",
                    MifumoConstants.STATUS, "sent"));
            template.sendBodyAndHeaders("direct:store-report", null, Map.of(
                    MifumoConstants.MESSAGE_ID, "m2", MifumoConstants.RECIPIENT, "+255692000444",
                    MifumoConstants.STATUS, "delivered", MifumoConstants.DELIVERED_AT, "2026-12-04T11:00:05Z"));

            assertThat(statuses(db)).containsEntry(first.getMessageId() + "/+255754000111", "delivered")
                    .containsEntry("m2/+255692000444", "delivered").hasSize(3);
            assertThat(List.copyOf(statuses(db).values())).doesNotContain("sent");
        }
    }
}
