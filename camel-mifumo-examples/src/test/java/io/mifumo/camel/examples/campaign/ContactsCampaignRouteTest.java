package io.mifumo.camel.examples.campaign;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.mifumo.camel.component.MifumoComponent;
import io.mifumo.camel.component.model.campaigns.CampaignAnalytics;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import io.mifumo.camel.sandbox.SandboxCampaign;
import io.mifumo.camel.sandbox.SandboxContact;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ContactsCampaignRouteTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b
            .campaignRate(20)
            .deliveryDelay(Duration.ZERO)
            .failingRecipient("+255692000444"));

    @TempDir
    Path dir;

    @Test
    void importsTheSampleRunsACampaignForTheTagAndHandsOverItsAnalytics() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        Path inbox = dir.resolve("contacts");
        try (CamelContext context = new DefaultCamelContext()) {
            MifumoComponent mifumo = new MifumoComponent();
            mifumo.getConfiguration().setBaseUrl(sandbox.baseUrl());
            mifumo.getConfiguration().setEmail(sandbox.userEmail());
            mifumo.getConfiguration().setPassword(sandbox.userPassword());
            mifumo.getConfiguration().setSenderId("DUKA");
            context.addComponent("mifumo", mifumo);
            context.addRoutes(new ContactsCampaignRoute(new ContactsCampaignRoute.Settings(inbox.toString(),
                    "Wholesale", "New stock", "Habari! New stock this week.", 100, "mock:completed")));
            context.start();
            MockEndpoint completed = context.getEndpoint("mock:completed", MockEndpoint.class);
            completed.expectedMessageCount(1);
            completed.setAssertPeriod(300);

            Files.createDirectories(inbox);
            try (InputStream sample = getClass().getResourceAsStream("/sample/contacts.csv")) {
                Files.copy(sample, inbox.resolve("contacts.csv"));
            }
            completed.assertIsSatisfied(10_000);

            CampaignAnalytics analytics = completed.getExchanges().get(0).getMessage()
                    .getBody(CampaignAnalytics.class);
            assertThat(analytics.getStatus()).isEqualTo("completed");
            assertThat(analytics.getTotalRecipients()).isEqualTo(4);
            assertThat(analytics.getSent()).isEqualTo(4);
            assertThat(analytics.getDelivered()).isEqualTo(3);
            assertThat(analytics.getFailed()).isEqualTo(1);
        }

        // the sample's good rows (lost leading zeros and a decimal number repaired) carry the tag
        assertThat(sandbox.contacts()).extracting(SandboxContact::phone).containsExactly("+255754000111",
                "+255655000222", "+255692000444", "+255789000666");
        assertThat(sandbox.contacts()).allSatisfy(contact -> assertThat(contact.tags()).containsExactly("Wholesale"));
        SandboxCampaign campaign = sandbox.campaigns().get(0);
        assertThat(campaign.sender()).isEqualTo("DUKA");
        assertThat(campaign.recipients()).hasSize(4);
        assertThat(Files.exists(inbox.resolve(".done").resolve("contacts.csv"))).isTrue();
        // the context stopped: the component logged out
        assertThat(sandbox.requestCount("POST", "/api/auth/logout/")).isEqualTo(1);
    }
}
