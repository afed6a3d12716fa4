package io.mifumo.camel.examples.reports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import io.mifumo.camel.component.MifumoComponent;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.sandbox.MifumoSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery reports into an H2 table, polled on a Quartz cron schedule.
 * <p>
 * With no MIFUMO_API_KEY it starts the sandbox (deliveries after half a second, one recipient failing),
 * sends a few messages, waits until every report is stored, prints the table and exits. With MIFUMO_API_KEY it
 * polls that account every minute until stopped, into the H2 file database ./sms-job/reports.
 */
public final class DeliveryReportsJob {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryReportsJob.class);
    private static final List<String> DEMO_RECIPIENTS = List.of(
            "0754000111", "0655000222", "0692000444", "0725000555", "0789000666", "0614853618");

    private DeliveryReportsJob() {
    }

    public static void main(String[] args) throws Exception {
        String apiKey = System.getenv("MIFUMO_API_KEY");
        boolean demo = apiKey == null || apiKey.isBlank();
        MifumoSandbox sandbox = demo
                ? MifumoSandbox.builder().deliveryDelay(Duration.ofMillis(500))
                        .failingRecipient("+255614853618").build().start()
                : null;

        JdbcDataSource db = new JdbcDataSource();
        db.setURL(demo ? "jdbc:h2:mem:reports;DB_CLOSE_DELAY=-1" : "jdbc:h2:./sms-job/reports");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(DeliveryReportsToDatabaseRoute.CREATE_TABLE);
        }

        try (CamelContext context = new DefaultCamelContext()) {
            MifumoComponent mifumo = new MifumoComponent();
            mifumo.getConfiguration().setApiKey(demo ? sandbox.apiKey() : apiKey);
            if (demo) {
                mifumo.getConfiguration().setBaseUrl(sandbox.baseUrl());
            } else if (System.getenv("MIFUMO_BASE_URL") != null) {
                mifumo.getConfiguration().setBaseUrl(System.getenv("MIFUMO_BASE_URL"));
            }
            mifumo.getConfiguration().setSenderId("MIFUMO");
            context.addComponent("mifumo", mifumo);
            context.getRegistry().bind("reportsDb", db);
            String cron = demo ? "0/2 * * * * ?" : "0 * * * * ?";
            context.addRoutes(new DeliveryReportsToDatabaseRoute(
                    "mifumo:sms/delivery-reports?scheduler=quartz&scheduler.cron=" + cron.replace(' ', '+'),
                    "reportsDb"));
            context.start();

            if (!demo) {
                LOG.info("Polling delivery reports on cron '{}' into {}; Ctrl-C to stop", cron, db.getURL());
                Thread.currentThread().join();
            }
            ProducerTemplate template = context.createProducerTemplate();
            template.sendBodyAndHeader("mifumo:sms/send", "Habari! Your order is on its way.",
                    MifumoConstants.RECIPIENTS, String.join(",", DEMO_RECIPIENTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (count(db) < DEMO_RECIPIENTS.size() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            print(db);
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    private static int count(JdbcDataSource db) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM delivery_report")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void print(JdbcDataSource db) throws Exception {
        StringBuilder table = new StringBuilder("delivery_report:\n");
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT message_id, recipient, status, delivered_at FROM delivery_report"
                                          + " ORDER BY recipient")) {
            while (r.next()) {
                table.append(String.format("  %-36s %-14s %-10s %s%n", r.getString(1), r.getString(2),
                        r.getString(3), r.getString(4) == null ? "" : r.getString(4)));
            }
        }
        System.out.print(table);
    }
}
