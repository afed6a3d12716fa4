package io.mifumo.camel.examples.campaign;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import io.mifumo.camel.component.MifumoComponent;
import io.mifumo.camel.component.model.campaigns.CampaignAnalytics;
import io.mifumo.camel.sandbox.MifumoSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a contacts file, runs a campaign for its tag and prints the analytics.
 * <p>
 * With no MIFUMO_EMAIL it starts the sandbox, drops {@code sample/contacts.csv} (an Excel export with a byte order
 * mark, semicolons, numbers that lost their leading zero and one in scientific notation) into the inbox, waits for the
 * campaign to complete and exits. With MIFUMO_EMAIL and MIFUMO_PASSWORD it works on that account and keeps watching
 * the inbox until Ctrl-C.
 */
public final class ContactsCampaignJob {

    private static final Logger LOG = LoggerFactory.getLogger(ContactsCampaignJob.class);

    private ContactsCampaignJob() {
    }

    public static void main(String[] args) throws Exception {
        String email = System.getenv("MIFUMO_EMAIL");
        boolean demo = email == null || email.isBlank();
        Path jobDir = Path.of(env("MIFUMO_JOB_DIR", demo ? Files.createTempDirectory("campaign-job").toString()
                : "campaign-job"));
        Path inbox = jobDir.resolve("contacts");
        Files.createDirectories(inbox);
        MifumoSandbox sandbox = demo
                ? MifumoSandbox.builder().campaignRate(5).deliveryDelay(Duration.ZERO)
                        .failingRecipient("+255692000444").build().start()
                : null;

        try (CamelContext context = new DefaultCamelContext()) {
            MifumoComponent mifumo = new MifumoComponent();
            mifumo.getConfiguration().setBaseUrl(demo ? sandbox.baseUrl()
                    : env("MIFUMO_BASE_URL", mifumo.getConfiguration().getBaseUrl()));
            mifumo.getConfiguration().setEmail(demo ? sandbox.userEmail() : email);
            mifumo.getConfiguration().setPassword(demo ? sandbox.userPassword() : System.getenv("MIFUMO_PASSWORD"));
            mifumo.getConfiguration().setSenderId(env("MIFUMO_SENDER_ID", "MIFUMO"));
            context.addComponent("mifumo", mifumo);
            String tag = env("MIFUMO_CAMPAIGN_TAG", "Wholesale");
            context.addRoutes(new ContactsCampaignRoute(new ContactsCampaignRoute.Settings(inbox.toString(), tag,
                    "New stock for " + tag, "Habari! New stock has arrived at Duka Letu this week. Karibu!",
                    demo ? 500 : 10_000, demo ? "seda:completed" : "log:campaign-completed?level=DEBUG")));
            context.start();
            LOG.info("Watching {} for contacts files (tag {})", inbox.toAbsolutePath(), tag);

            if (!demo) {
                // stopping the context logs out of the API
                Runtime.getRuntime().addShutdownHook(new Thread(context::stop, "campaign-job-stop"));
                Thread.currentThread().join();
            }
            ConsumerTemplate completed = context.createConsumerTemplate();
            try (InputStream sample = ContactsCampaignJob.class.getResourceAsStream("/sample/contacts.csv")) {
                Path part = inbox.resolve("contacts.csv.part");
                Files.copy(sample, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, inbox.resolve("contacts.csv"), StandardCopyOption.ATOMIC_MOVE);
            }
            CampaignAnalytics analytics = completed.receiveBody("seda:completed", Duration.ofMinutes(2).toMillis(),
                    CampaignAnalytics.class);
            System.out.println(analytics == null ? "The campaign did not end within two minutes"
                    : "Campaign analytics: " + analytics.getStatus() + ", " + analytics.getSent() + " sent, "
                      + analytics.getDelivered() + " delivered, " + analytics.getFailed() + " failed, delivery rate "
                      + analytics.getDeliveryRate() + "%, cost " + analytics.getCost() + " "
                      + analytics.getCurrency());
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
