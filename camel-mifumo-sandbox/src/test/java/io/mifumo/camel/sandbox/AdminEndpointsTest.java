package io.mifumo.camel.sandbox;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class AdminEndpointsTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b
            .apiKey("k1", 100)
            .hourlyRateLimit(2));

    @Test
    void accountsMessagesStatusRequestsAndReset() {
        Http http = new Http(SANDBOX.baseUrl(), "k1");

        JsonNode account = Http.json(admin("POST", "accounts", "{\"api_key\":\"new+key=\",\"balance\":9}"));
        String id = Http.json(http.sendSms("Habari", "+255614853618", "+255614853619")).get("message_id").asText();
        JsonNode forced = Http.json(admin("POST", "messages/" + id + "/status",
                "{\"recipient\":\"+255614853619\",\"status\":\"failed\"}"));
        JsonNode all = Http.json(admin("POST", "messages/" + id + "/status", "{\"status\":\"delivered\"}"));
        JsonNode messages = Http.json(admin("GET", "messages", null));
        JsonNode requests = Http.json(admin("GET", "requests", null));
        JsonNode accounts = Http.json(admin("GET", "accounts", null));

        assertThat(account.toString()).isEqualTo("{\"api_key\":\"new+key=\",\"balance\":9}");
        assertThat(SANDBOX.getSandbox().balance("new+key=")).isEqualTo(9);
        assertThat(forced.get("changed").asInt()).isEqualTo(1);
        assertThat(all.get("changed").asInt()).isEqualTo(1);
        assertThat(all.get("message").get("status").asText()).isEqualTo("delivered");
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).get("recipients").get(1).get("status").asText()).isEqualTo("failed");
        assertThat(messages.get(0).get("credits_used").asInt()).isEqualTo(2);
        // admin calls are neither logged nor rate-limited (the limit here is 2 per hour)
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).get("method").asText()).isEqualTo("POST");
        assertThat(requests.get(0).get("body").asText()).contains("Habari");
        assertThat(accounts).hasSize(2);

        assertThat(admin("POST", "reset", null).statusCode()).isEqualTo(200);
        assertThat(SANDBOX.getSandbox().messages()).isEmpty();
        assertThat(SANDBOX.getSandbox().balance("k1")).isEqualTo(100);
    }

    @Test
    void tenantsForWhiteLabelSends() {
        String tenant = Http.json(admin("POST", "tenants", "{\"api_key\":\"k1\",\"name\":\"Duka\",\"credits\":5}"))
                .get("tenant_account_id").asText();
        JsonNode tenants = Http.json(admin("GET", "tenants", null));

        assertThat(SANDBOX.getSandbox().tenantBalance(tenant)).isEqualTo(5);
        assertThat(tenants.get(0).get("tenant_account_id").asText()).isEqualTo(tenant);
        assertThat(tenants.get(0).get("name").asText()).isEqualTo("Duka");
        assertThat(tenants.get(0).get("balance").asLong()).isEqualTo(5);
    }

    @Test
    void reportShapeAndErrors() {
        JsonNode shape = Http.json(admin("POST", "report-shape", "{\"shape\":\"data_list\"}"));
        HttpResponse<String> unknownMessage = admin("POST", "messages/nope/status", "{\"status\":\"delivered\"}");
        HttpResponse<String> badStatus = admin("POST", "accounts", "{\"api_key\":\"x\"}");
        HttpResponse<String> unknownPath = admin("GET", "nothing", null);

        assertThat(shape.get("shape").asText()).isEqualTo("DATA_LIST");
        assertThat(SANDBOX.getSandbox().reportShape()).isEqualTo(ReportShape.DATA_LIST);
        assertThat(unknownMessage.statusCode()).isEqualTo(404);
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(unknownPath.statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> admin(String method, String path, String json) {
        HttpRequest.Builder request = new Http(SANDBOX.getSandbox()).request("/__sandbox/" + path);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return Http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
