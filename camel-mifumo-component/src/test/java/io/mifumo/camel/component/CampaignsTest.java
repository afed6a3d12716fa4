package io.mifumo.camel.component;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.mifumo.camel.component.exception.MifumoBadRequestException;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.campaigns.Campaign;
import io.mifumo.camel.component.model.campaigns.CampaignActionResult;
import io.mifumo.camel.component.model.campaigns.CampaignAnalytics;
import io.mifumo.camel.component.model.campaigns.CampaignRequest;
import io.mifumo.camel.component.model.contacts.Contact;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignsTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b
            .campaignRate(20)
            .deliveryDelay(Duration.ofMillis(50))
            .failingRecipient("+255692000444"));

    private MifumoSandbox sandbox;
    private CamelSandboxSupport camel;

    @BeforeEach
    void start() throws Exception {
        sandbox = SANDBOX.getSandbox();
        camel = new CamelSandboxSupport(sandbox);
    }

    @AfterEach
    void stop() {
        camel.close();
    }

    private CampaignRequest request(String... recipients) {
        CampaignRequest request = new CampaignRequest();
        request.setName("Holiday Promotion");
        request.setMessage("Special holiday offer! Get 20% off");
        request.setRecipients(List.of(recipients));
        return request;
    }

    private Campaign create(CampaignRequest request) {
        Exchange exchange = camel.send("mifumo:campaigns/create", request, null, null);
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(Campaign.class);
    }

    private Exchange action(String operation, String id) {
        return camel.send("mifumo:campaigns/" + operation, null, MifumoConstants.CAMPAIGN_ID, id);
    }

    @Test
    void aCampaignForATagRunsToCompletionWithAnalytics() throws Exception {
        Contact vip = new Contact();
        vip.setPhoneE164("0692000444");
        vip.setTags(List.of("VIP"));
        String contactId = camel.send("mifumo:contacts/create", vip, null, null).getMessage()
                .getBody(Contact.class).getId();
        CampaignRequest request = request("0754000111", "+255 655 000 222");
        request.setContactIds(List.of(contactId));

        Exchange created = camel.send("mifumo:campaigns/create", request, null, null);
        Campaign campaign = created.getMessage().getBody(Campaign.class);
        assertThat(campaign.getStatus()).isEqualTo("draft");
        assertThat(campaign.getTotalRecipients()).isEqualTo(3);
        assertThat(campaign.getSenderId()).isEqualTo(CamelSandboxSupport.SENDER);
        assertThat(created.getMessage().getHeader(MifumoConstants.CAMPAIGN_ID)).isEqualTo(campaign.getId());
        assertThat(sandbox.requests().get(sandbox.requests().size() - 1).body())
                .contains("\"recipients\":[\"+255754000111\",\"+255655000222\"]");

        Exchange started = action("start", campaign.getId());
        assertThat(started.getMessage().getBody(CampaignActionResult.class).getCampaign().getStartedAt())
                .isNotBlank();
        assertThat(started.getMessage().getHeader(MifumoConstants.STATUS)).isEqualTo("running");

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Exchange detail = action("get", campaign.getId());
        while (!"completed".equals(detail.getMessage().getHeader(MifumoConstants.STATUS))
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
            detail = action("get", campaign.getId());
        }
        assertThat(detail.getMessage().getBody(Campaign.class).getSent()).isEqualTo(3);
        Thread.sleep(100);

        CampaignAnalytics analytics = action("analytics", campaign.getId()).getMessage()
                .getBody(CampaignAnalytics.class);
        assertThat(analytics.getStatus()).isEqualTo("completed");
        assertThat(analytics.getDelivered()).isEqualTo(2);
        assertThat(analytics.getFailed()).isEqualTo(1);
        assertThat(analytics.getDeliveryRate()).isEqualByComparingTo("66.67");
        assertThat(analytics.getCompletedAt()).isNotBlank();
    }

    @Test
    void pauseCancelDuplicateAndARefusedMove() {
        Campaign campaign = create(request("0754000111", "0754000112", "0754000113", "0754000114", "0754000115",
                "0754000116", "0754000117", "0754000118", "0754000119", "0754000110"));
        assertThat(action("start", campaign.getId()).getException()).isNull();
        Exchange paused = action("pause", campaign.getId());
        assertThat(paused.getMessage().getHeader(MifumoConstants.STATUS)).isEqualTo("paused");
        Exchange cancelled = action("cancel", campaign.getId());
        assertThat(cancelled.getMessage().getBody(CampaignActionResult.class).getCampaign().getStatus())
                .isEqualTo("cancelled");

        Exchange refused = action("start", campaign.getId());
        assertThat(refused.getException()).isInstanceOf(MifumoBadRequestException.class)
                .hasMessageContaining("Cannot start a campaign that is cancelled");
        assertThat(((MifumoBadRequestException) refused.getException()).getErrorCode())
                .isEqualTo("INVALID_CAMPAIGN_STATE");

        Exchange copy = action("duplicate", campaign.getId());
        CampaignActionResult duplicated = copy.getMessage().getBody(CampaignActionResult.class);
        assertThat(duplicated.getNewCampaign().getName()).isEqualTo("Holiday Promotion (Copy)");
        assertThat(copy.getMessage().getHeader(MifumoConstants.CAMPAIGN_ID))
                .isEqualTo(duplicated.getNewCampaign().getId()).isNotEqualTo(campaign.getId());
        assertThat(copy.getMessage().getHeader(MifumoConstants.STATUS)).isEqualTo("draft");

        Exchange drafts = camel.send("mifumo:campaigns/list?campaignStatus=draft", null, null, null);
        assertThat(drafts.getMessage().getBody(List.class)).hasSize(1);
        assertThat(camel.send("mifumo:campaigns/list", null, MifumoConstants.SEARCH, "holiday").getMessage()
                .getHeader(MifumoConstants.TOTAL_COUNT)).isEqualTo(2);
    }

    @Test
    void aScheduledCampaignFromAMap() {
        Exchange exchange = camel.send("mifumo:campaigns/create", Map.of("name", "Later", "message", "Hi",
                "recipients", List.of("0754000111"), "scheduled_at", "2099-12-01T10:00:00Z"), null, null);
        assertThat(exchange.getMessage().getBody(Campaign.class).getStatus()).isEqualTo("scheduled");
        assertThat(exchange.getMessage().getBody(Campaign.class).getScheduledAt()).startsWith("2099-12-01T10:00");
    }

    @Test
    void anInvalidSenderOrNoRecipientsFailBeforeAnyRequest() {
        CampaignRequest request = request("0754000111", "hello");
        request.setSenderId("Duka La Mama Asha");
        Exchange exchange = camel.send("mifumo:campaigns/create", request, null, null);
        assertThat(exchange.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("'Duka La Mama Asha' (17 characters) is not allowed")
                .hasMessageContaining("1 to 11 letters")
                .hasMessageContaining("'hello'");

        CampaignRequest empty = request();
        empty.setName(" ");
        assertThat(camel.send("mifumo:campaigns/create", empty, null, null).getException())
                .hasMessageContaining("no name").hasMessageContaining("no recipients");
        assertThat(camel.send("mifumo:campaigns/start", null, null, null).getException())
                .hasMessageContaining("CamelMifumoCampaignId");
        assertThat(sandbox.requests()).isEmpty();
    }
}
