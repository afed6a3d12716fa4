package io.mifumo.camel.sandbox;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class MessagingCampaignsTest {

    private static final String CAMPAIGNS = WebClient.MESSAGING + "campaigns/";
    private static final String TEMPLATES = WebClient.MESSAGING + "templates/";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b
            .apiKey("k1", 1000)
            .campaignRate(10)
            .deliveryDelay(Duration.ofMillis(50))
            .failingRecipient("+255692000444")
            .rejectSenderId("BADBRAND"));

    private MifumoSandbox sandbox;
    private WebClient client;

    @BeforeEach
    void login() {
        sandbox = SANDBOX.getSandbox();
        client = new WebClient(sandbox).login(sandbox);
    }

    private JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response);
    }

    private String campaign(String recipients) {
        return created(client.post(CAMPAIGNS, "{\"name\":\"Holiday Promotion\",\"message\":\"Special offer\","
                + "\"recipients\":[" + recipients + "],\"sender_id\":\"MIFUMO\"}")).get("id").asText();
    }

    private HttpResponse<String> move(String id, String action) {
        return client.post(CAMPAIGNS + id + "/" + action + "/", "");
    }

    @Test
    void aCampaignRunsToCompletionWithProgressCounters() throws Exception {
        String contact = created(client.post(WebClient.MESSAGING + "contacts/", "{\"phone_e164\":\"0725000555\"}"))
                .get("id").asText();
        JsonNode draft = created(client.post(CAMPAIGNS, "{\"name\":\"Holiday Promotion\",\"message\":\"Special"
                + " offer\",\"recipients\":[\"0754000111\",\"0692000444\"],\"contact_ids\":[\"" + contact + "\"]}"));
        String id = draft.get("id").asText();
        assertThat(draft.get("status").asText()).isEqualTo("draft");
        assertThat(draft.get("total_recipients").asInt()).isEqualTo(3);

        JsonNode started = Http.json(move(id, "start"));
        assertThat(started.get("campaign").get("status").asText()).isEqualTo("running");
        assertThat(started.get("campaign").get("started_at").isTextual()).isTrue();

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        JsonNode detail = Http.json(client.get(CAMPAIGNS + id + "/"));
        while (!detail.get("status").asText().equals("completed") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            detail = Http.json(client.get(CAMPAIGNS + id + "/"));
        }
        assertThat(detail.get("status").asText()).isEqualTo("completed");
        assertThat(detail.get("sent").asInt()).isEqualTo(3);
        Thread.sleep(60);

        JsonNode analytics = Http.json(client.get(CAMPAIGNS + id + "/analytics/"));
        assertThat(analytics.get("campaign_id").asText()).isEqualTo(id);
        assertThat(analytics.get("delivered").asInt()).isEqualTo(2);
        assertThat(analytics.get("failed").asInt()).isEqualTo(1);
        assertThat(analytics.get("delivery_rate").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(analytics.get("completed_at").isTextual()).isTrue();
        assertThat(sandbox.balance("k1")).isEqualTo(997);
        assertThat(sandbox.campaign(id).creditsUsed()).isEqualTo(3);
    }

    @Test
    void stateMovesFollowTheLifecycleAndRefuseTheRest() throws Exception {
        String id = campaign("\"0754000111\",\"0754000112\",\"0754000113\",\"0754000114\",\"0754000115\"");
        assertThat(move(id, "pause").statusCode()).isEqualTo(400);
        assertThat(Http.json(move(id, "start")).get("campaign").get("status").asText()).isEqualTo("running");
        Thread.sleep(150);
        assertThat(Http.json(move(id, "pause")).get("campaign").get("status").asText()).isEqualTo("paused");
        int sentWhenPaused = sandbox.campaign(id).sent();
        assertThat(sentWhenPaused).isBetween(1, 4);
        Thread.sleep(200);
        assertThat(sandbox.campaign(id).sent()).isEqualTo(sentWhenPaused);

        assertThat(Http.json(move(id, "cancel")).get("campaign").get("status").asText()).isEqualTo("cancelled");
        HttpResponse<String> restart = move(id, "start");
        assertThat(restart.statusCode()).isEqualTo(400);
        assertThat(Http.json(restart).get("code").asText()).isEqualTo("INVALID_CAMPAIGN_STATE");
        assertThat(Http.json(restart).get("message").asText()).contains("cancelled");

        JsonNode copy = created(move(id, "duplicate"));
        assertThat(copy.get("new_campaign").get("name").asText()).isEqualTo("Holiday Promotion (Copy)");
        assertThat(copy.get("new_campaign").get("status").asText()).isEqualTo("draft");
    }

    @Test
    void aScheduledCampaignStartsByItselfAndSkipsOptedOutContacts() throws Exception {
        JsonNode contact = created(client.post(WebClient.MESSAGING + "contacts/", "{\"phone_e164\":\"0754000111\"}"));
        client.post(WebClient.MESSAGING + "contacts/" + contact.get("id").asText() + "/opt-out/", "{}");
        String at = Instant.now().plusMillis(100).toString();
        JsonNode scheduled = created(client.post(CAMPAIGNS, "{\"name\":\"Later\",\"message\":\"Hi\",\"recipients\":"
                + "[\"0754000111\",\"0655000222\"],\"scheduled_at\":\"" + at + "\"}"));
        assertThat(scheduled.get("status").asText()).isEqualTo("scheduled");
        Thread.sleep(500);
        SandboxCampaign done = sandbox.campaign(scheduled.get("id").asText());
        assertThat(done.status()).isEqualTo("completed");
        assertThat(done.sent()).isEqualTo(1);
        assertThat(done.skipped()).isEqualTo(1);
    }

    @Test
    void aCampaignPausesWhenCreditsRunOut() throws Exception {
        sandbox.setBalance("k1", 1);
        String id = campaign("\"0754000111\",\"0754000112\"");
        move(id, "start");
        Thread.sleep(400);
        JsonNode detail = Http.json(client.get(CAMPAIGNS + id + "/"));
        assertThat(detail.get("status").asText()).isEqualTo("paused");
        assertThat(detail.get("pause_reason").asText()).isEqualTo("insufficient_credits");
        assertThat(detail.get("sent").asInt()).isEqualTo(1);
    }

    @Test
    void createValidatesRecipientsSenderAndContacts() {
        HttpResponse<String> bad = client.post(CAMPAIGNS, "{\"name\":\"x\",\"message\":\"y\",\"recipients\":[\"abc\"],"
                + "\"sender_id\":\"Duka La Mama Asha\",\"contact_ids\":[\"nope\"],\"scheduled_at\":\"soon\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("recipients", "sender_id", "contact_ids", "scheduled_at");
        assertThat(client.post(CAMPAIGNS, "{\"name\":\"x\",\"message\":\"y\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> rejected = client.post(CAMPAIGNS, "{\"name\":\"x\",\"message\":\"y\","
                + "\"recipients\":[\"0754000111\"],\"sender_id\":\"BADBRAND\"}");
        assertThat(Http.json(rejected).get("code").asText()).isEqualTo("SENDER_ID_REJECTED");
        assertThat(Http.json(client.get(CAMPAIGNS + "?status=draft")).get("count").asInt()).isZero();
    }

    @Test
    void templatesCrudFavoriteAndVariables() {
        JsonNode template = created(client.post(TEMPLATES, "{\"name\":\"Welcome Message\",\"category\":"
                + "\"transactional\",\"message\":\"Welcome {{name}}! Your code is {{ code }}.\"}"));
        String id = template.get("id").asText();
        assertThat(template.get("variables").toString()).isEqualTo("[\"name\",\"code\"]");
        assertThat(template.get("category").asText()).isEqualTo("TRANSACTIONAL");

        JsonNode variables = Http.json(client.get(TEMPLATES + id + "/variables/"));
        assertThat(variables.get("variables").get(1).get("name").asText()).isEqualTo("code");
        assertThat(variables.get("variables").get(1).get("required").asBoolean()).isTrue();

        assertThat(Http.json(client.post(TEMPLATES + id + "/toggle-favorite/", "")).get("is_favorite").asBoolean())
                .isTrue();
        assertThat(Http.json(client.post(TEMPLATES + id + "/toggle-favorite/", "")).get("message").asText())
                .isEqualTo("Template unfavorited");

        JsonNode updated = Http.json(client.put(TEMPLATES + id + "/", "{\"message\":\"Karibu {{name}}\"}"));
        assertThat(updated.get("variables").toString()).isEqualTo("[\"name\"]");
        assertThat(Http.json(client.get(TEMPLATES + "?category=TRANSACTIONAL&search=welcome")).get("count").asInt())
                .isEqualTo(1);
        assertThat(client.delete(TEMPLATES + id + "/").statusCode()).isEqualTo(204);
        assertThat(client.get(TEMPLATES + id + "/").statusCode()).isEqualTo(404);
    }

    @Test
    void senderIdsListRequestAndStatus() {
        JsonNode list = Http.json(client.get(WebClient.MESSAGING + "sender-ids/"));
        assertThat(list.get("count").asInt()).isEqualTo(1);
        assertThat(list.get("results").get(0).get("sender_id").asText()).isEqualTo("MIFUMO");
        assertThat(list.get("results").get(0).get("is_default").asBoolean()).isTrue();

        JsonNode requested = created(client.post(WebClient.MESSAGING + "sender-ids/request/",
                "{\"sender_id\":\"MYBIZ\",\"reason\":\"Business messaging\"}"));
        assertThat(requested.get("sender_id").get("status").asText()).isEqualTo("pending");
        assertThat(client.post(WebClient.MESSAGING + "sender-ids/request/", "{\"sender_id\":\"MYBIZ\"}")
                .statusCode()).isEqualTo(400);
        assertThat(client.post(WebClient.MESSAGING + "sender-ids/request/", "{\"sender_id\":\"TOOLONGSENDER\"}")
                .statusCode()).isEqualTo(400);

        sandbox.setSenderIdStatus("MYBIZ", "approved");
        JsonNode status = Http.json(client.get(WebClient.MESSAGING + "sender-ids/MYBIZ/status/"));
        assertThat(status.get("status").asText()).isEqualTo("approved");
        assertThat(status.get("approved_at").isTextual()).isTrue();
        String byId = requested.get("sender_id").get("id").asText();
        assertThat(client.get(WebClient.MESSAGING + "sender-ids/" + byId + "/status/").statusCode()).isEqualTo(200);
        assertThat(client.get(WebClient.MESSAGING + "sender-ids/NOPE/status/").statusCode()).isEqualTo(404);
    }

    @Test
    void smsQuickStatsAndValidatePhone() {
        JsonNode quick = created(client.post(WebClient.MESSAGING + "sms/quick/",
                "{\"recipients\":[\"+255614853618\",\"0712345678\"],\"message\":\"Hello\",\"sender_id\":\"MIFUMO\"}"));
        assertThat(quick.get("message").asText()).isEqualTo("SMS sent to 2 recipients");
        assertThat(quick.get("message_ids")).hasSize(2);
        assertThat(sandbox.balance("k1")).isEqualTo(998);

        JsonNode stats = Http.json(client.get(WebClient.MESSAGING + "sms/stats/")).get("stats");
        assertThat(stats.get("total_sent").asInt()).isEqualTo(2);
        assertThat(stats.get("total_cost").decimalValue()).isEqualByComparingTo("2");

        JsonNode valid = Http.json(client.post(WebClient.MESSAGING + "sms/validate-phone/",
                "{\"phone_number\":\"0614853618\"}"));
        assertThat(valid.get("valid").asBoolean()).isTrue();
        assertThat(valid.get("formatted").asText()).isEqualTo("+255614853618");
        assertThat(valid.get("country_code").asText()).isEqualTo("TZ");
        JsonNode invalid = Http.json(client.post(WebClient.MESSAGING + "sms/validate-phone/",
                "{\"phone_number\":\"12\"}"));
        assertThat(invalid.get("valid").asBoolean()).isFalse();

        sandbox.setBalance("k1", 1);
        HttpResponse<String> poor = client.post(WebClient.MESSAGING + "sms/quick/",
                "{\"recipients\":[\"+255614853618\",\"0712345678\"],\"message\":\"Hello\"}");
        assertThat(poor.statusCode()).isEqualTo(402);
        assertThat(Http.json(poor).get("required_credits").asInt()).isEqualTo(2);
    }
}
