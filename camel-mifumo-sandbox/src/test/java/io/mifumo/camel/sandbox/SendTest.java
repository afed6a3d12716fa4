package io.mifumo.camel.sandbox;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class SendTest {

    private static final String A = "+255614853618";
    private static final String B = "+255614853619";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b
            .apiKey("k1", 1000)
            .apiKey("k2", 1000)
            .rejectSenderId("BADBRAND"));

    private final Http http = new Http(SANDBOX.baseUrl(), "k1");

    @Test
    void chargesRecipientsTimesSegmentsAtThe160Boundary() {
        // C05: 158 x a + euro is 160 septets, one segment; one more a makes 161, two segments
        JsonNode one = Http.json(http.sendSms("a".repeat(158) + "€", A, B));
        JsonNode two = Http.json(http.sendSms("a".repeat(159) + "€", A, B));

        assertThat(one.get("success").asBoolean()).isTrue();
        assertThat(one.get("status").asText()).isEqualTo("sent");
        assertThat(one.get("segments").asInt()).isEqualTo(1);
        assertThat(one.get("encoding").asText()).isEqualTo("GSM-7");
        assertThat(one.get("credits_used").asInt()).isEqualTo(2);
        assertThat(two.get("segments").asInt()).isEqualTo(2);
        assertThat(two.get("credits_used").asInt()).isEqualTo(4);
        assertThat(two.get("recipients_count").asInt()).isEqualTo(2);
        assertThat(SANDBOX.getSandbox().balance("k1")).isEqualTo(1000 - 2 - 4);
        assertThat(SANDBOX.getSandbox().balance("k2")).isEqualTo(1000);
    }

    @Test
    void storesTheMessage() {
        JsonNode answer = Http.json(http.sendSms("Habari", A, B, A));

        SandboxMessage message = SANDBOX.getSandbox().message(answer.get("message_id").asText());
        assertThat(message.apiKey()).isEqualTo("k1");
        assertThat(message.text()).isEqualTo("Habari");
        assertThat(message.sender()).isEqualTo("Quantum");
        assertThat(message.recipients()).containsExactly(A, B);
        assertThat(message.creditsUsed()).isEqualTo(2);
        assertThat(message.segments()).isEqualTo(1);
        assertThat(message.encoding()).isEqualTo("GSM-7");
        assertThat(message.tenantAccountId()).isNull();
        assertThat(message.status(A)).isEqualTo(DeliveryStatus.SENT);
        assertThat(answer.get("recipients_count").asInt()).isEqualTo(2);
    }

    @Test
    void typographicApostropheMakesUcs2() {
        // C07: one U+2019 in a 100-character text: UCS-2, 100 units, two segments of 67
        String text = "Asante" + "’" + "a".repeat(93);
        JsonNode answer = Http.json(http.sendSms(text, A));

        assertThat(answer.get("encoding").asText()).isEqualTo("UCS-2");
        assertThat(answer.get("segments").asInt()).isEqualTo(2);
        assertThat(answer.get("credits_used").asInt()).isEqualTo(2);
        assertThat(SANDBOX.getSandbox().message(answer.get("message_id").asText()).text()).isEqualTo(text);
    }

    @Test
    void insufficientCreditsIs402AndStoresNothing() {
        SANDBOX.getSandbox().setBalance("k1", 3);

        HttpResponse<String> response = http.sendSms("a".repeat(159) + "€", A, B);

        assertThat(response.statusCode()).isEqualTo(402);
        assertThat(Http.json(response).toString()).isEqualTo("{\"error\":\"Insufficient credits\","
                + "\"message\":\"You need 4 credits to perform this action. Current balance: 3 credits\","
                + "\"required_credits\":4,\"current_balance\":3}");
        assertThat(SANDBOX.getSandbox().messages()).isEmpty();
        assertThat(SANDBOX.getSandbox().balance("k1")).isEqualTo(3);
    }

    @Test
    void validationNamesEveryBadValue() {
        HttpResponse<String> response = http.post("sms/send/", "{\"message\":\"  \","
                + "\"recipients\":[\"0614853618\",\"+255614853618\",\"255614853618\",123,\"+0614853618\"],"
                + "\"sender_id\":\"Duka La Mama Asha\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = Http.json(response);
        assertThat(body.get("message").get(0).asText()).isEqualTo("This field may not be blank.");
        assertThat(body.get("recipients")).extracting(JsonNode::asText).containsExactly(
                "Invalid phone number: 0614853618",
                "Invalid phone number: 255614853618",
                "Invalid phone number: 123",
                "Invalid phone number: +0614853618");
        assertThat(body.get("sender_id").get(0).asText()).contains("'Duka La Mama Asha'");
        assertThat(SANDBOX.getSandbox().messages()).isEmpty();
        assertThat(SANDBOX.getSandbox().balance("k1")).isEqualTo(1000);
    }

    @Test
    void missingAndWronglyTypedFields() {
        JsonNode empty = Http.json(http.post("sms/send/", "{}"));
        JsonNode wrongTypes = Http.json(http.post("sms/send/",
                "{\"message\":true,\"recipients\":\"+255614853618\",\"sender_id\":null,\"tenant_account_id\":5}"));
        JsonNode emptyList = Http.json(http.post("sms/send/",
                "{\"message\":\"x\",\"recipients\":[],\"sender_id\":\"Quantum\"}"));

        assertThat(empty.toString()).isEqualTo("{\"message\":[\"This field is required.\"],"
                + "\"recipients\":[\"This field is required.\"],\"sender_id\":[\"This field is required.\"]}");
        assertThat(wrongTypes.get("message").get(0).asText()).isEqualTo("Not a valid string.");
        assertThat(wrongTypes.get("recipients").get(0).asText())
                .isEqualTo("Expected a list of items but got type \"str\".");
        assertThat(wrongTypes.get("sender_id").get(0).asText()).isEqualTo("This field may not be null.");
        assertThat(wrongTypes.get("tenant_account_id").get(0).asText()).isEqualTo("Must be a valid UUID.");
        assertThat(emptyList.get("recipients").get(0).asText()).isEqualTo("This list may not be empty.");
    }

    @Test
    void senderIdRules() {
        // C08: 11 alphanumerics pass, 12 fail, 17 with spaces fail; numeric senders up to 15 digits pass
        assertThat(sendFrom("DUKALAMAMA1").statusCode()).isEqualTo(200);
        assertThat(sendFrom("Duka Mama").statusCode()).isEqualTo(200);
        assertThat(sendFrom("DUKALAMAMA12").statusCode()).isEqualTo(400);
        assertThat(sendFrom("Duka La Mama Asha").statusCode()).isEqualTo(400);
        assertThat(sendFrom("255614853618123").statusCode()).isEqualTo(200);
        assertThat(sendFrom("2556148536181234").statusCode()).isEqualTo(400);
        assertThat(sendFrom("Duka-Mama").statusCode()).isEqualTo(400);
        assertThat(sendFrom("1234 5678").statusCode()).isEqualTo(400);
    }

    @Test
    void rejectedSenderIdIsNamed() {
        HttpResponse<String> response = sendFrom("BadBrand");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = Http.json(response);
        assertThat(body.get("error").asText()).isEqualTo("Sender ID not approved");
        assertThat(body.get("code").asText()).isEqualTo("SENDER_ID_REJECTED");
        assertThat(body.get("message").asText()).isEqualTo("Sender ID 'BadBrand' is not approved for this account");
        assertThat(body.get("details").get("sender_id").get(0).asText()).contains("BadBrand");
        assertThat(SANDBOX.getSandbox().balance("k1")).isEqualTo(1000);
    }

    @Test
    void malformedJsonAndWrongContentType() {
        HttpResponse<String> broken = http.post("sms/send/", "{\"message\": \"x\",");
        HttpResponse<String> list = http.post("sms/send/", "[1]");
        HttpResponse<String> text = Http.send(http.request("sms/send/")
                .header("X-API-Key", "k1")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(Http.json(broken).get("detail").asText()).startsWith("JSON parse error - ");
        assertThat(list.statusCode()).isEqualTo(400);
        assertThat(Http.json(list).get("non_field_errors").get(0).asText())
                .isEqualTo("Invalid data. Expected a dictionary, but got list.");
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(broken.headers().firstValue("X-RateLimit-Remaining")).isPresent();
    }

    @Test
    void tenantCreditsPayForTenantSends() {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        String tenant = sandbox.createTenant("k1", "Duka", 10);
        String foreign = sandbox.createTenant("k2", "Other", 10);

        JsonNode answer = Http.json(http.post("sms/send/", "{\"message\":\"Hi\",\"recipients\":[\"" + A + "\"],"
                + "\"sender_id\":\"Quantum\",\"tenant_account_id\":\"" + tenant + "\"}"));
        HttpResponse<String> other = http.post("sms/send/", "{\"message\":\"Hi\",\"recipients\":[\"" + A + "\"],"
                + "\"sender_id\":\"Quantum\",\"tenant_account_id\":\"" + foreign + "\"}");
        HttpResponse<String> unknown = http.post("sms/send/", "{\"message\":\"Hi\",\"recipients\":[\"" + A + "\"],"
                + "\"sender_id\":\"Quantum\",\"tenant_account_id\":\"no-such-tenant\"}");

        assertThat(answer.get("credits_used").asInt()).isEqualTo(1);
        assertThat(sandbox.tenantBalance(tenant)).isEqualTo(9);
        assertThat(sandbox.balance("k1")).isEqualTo(1000);
        assertThat(sandbox.message(answer.get("message_id").asText()).tenantAccountId()).isEqualTo(tenant);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(Http.json(other).toString())
                .isEqualTo("{\"error\":\"Tenant not found\",\"code\":\"TENANT_NOT_FOUND\",\"details\":{}}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(sandbox.tenantBalance(foreign)).isEqualTo(10);
    }

    @Test
    void tenantWithTooFewCreditsIs402() {
        String tenant = SANDBOX.getSandbox().createTenant("k1", "Duka", 0);

        HttpResponse<String> response = http.post("sms/send/", "{\"message\":\"Hi\",\"recipients\":[\"" + A + "\"],"
                + "\"sender_id\":\"Quantum\",\"tenant_account_id\":\"" + tenant + "\"}");

        assertThat(response.statusCode()).isEqualTo(402);
        assertThat(Http.json(response).get("current_balance").asLong()).isZero();
    }

    private HttpResponse<String> sendFrom(String sender) {
        return http.post("sms/send/", "{\"message\":\"Hi\",\"recipients\":[\"" + A + "\"],\"sender_id\":"
                + Http.quote(sender) + "}");
    }
}
