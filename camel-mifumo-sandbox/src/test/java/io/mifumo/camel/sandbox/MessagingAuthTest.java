package io.mifumo.camel.sandbox;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class MessagingAuthTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b
            .apiKey("k1", 100)
            .user("asha@duka.test", "Siri-123", "k1")
            .accessTokenLifetime(Duration.ofSeconds(1)));

    @Test
    void loginAnswersTheDocumentedShapeWithJwtTokens() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        WebClient client = new WebClient(sandbox);
        HttpResponse<String> response = client.post(WebClient.AUTH + "login/",
                "{\"email\":\"ASHA@duka.test\",\"password\":\"Siri-123\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Http.json(response);
        assertThat(body.get("message").asText()).isEqualTo("Login successful");
        assertThat(body.get("user").get("email").asText()).isEqualTo("asha@duka.test");
        String access = body.get("tokens").get("access").asText();
        assertThat(access.split("\\.")).hasSize(3);
        JsonNode payload = payloadOf(access);
        assertThat(payload.get("token_type").asText()).isEqualTo("access");
        assertThat(payload.get("exp").asLong()).isBetween(Instant.now().getEpochSecond() - 1,
                Instant.now().getEpochSecond() + 2);
        assertThat(sandbox.userEmail()).isEqualTo("asha@duka.test");
    }

    @Test
    void wrongPasswordAndMissingFieldsAreBadRequests() {
        WebClient client = new WebClient(SANDBOX.getSandbox());
        HttpResponse<String> wrong = client.post(WebClient.AUTH + "login/",
                "{\"email\":\"asha@duka.test\",\"password\":\"nope\"}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"non_field_errors\":[\"Invalid credentials.\"]");

        HttpResponse<String> missing = client.post(WebClient.AUTH + "login/", "{}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(Http.json(missing).fieldNames()).toIterable().containsExactly("email", "password");
    }

    @Test
    void messagingNeedsAnAccessTokenNotAnApiKey() {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        HttpResponse<String> none = new WebClient(sandbox).get(WebClient.MESSAGING + "contacts/");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("Authentication credentials were not provided.");

        HttpResponse<String> apiKey = new Http(sandbox.baseUrl(), "k1").get(WebClient.MESSAGING + "contacts/");
        assertThat(apiKey.statusCode()).isEqualTo(401);
        assertThat(Http.json(apiKey).get("code").asText()).isEqualTo("token_not_valid");

        WebClient client = new WebClient(sandbox).login(sandbox);
        assertThat(client.get(WebClient.MESSAGING + "contacts/").statusCode()).isEqualTo(200);
        assertThat(client.get(WebClient.MESSAGING + "nothing-here/").statusCode()).isEqualTo(404);
    }

    @Test
    void anExpiredAccessTokenIsRefusedAndTheRefreshTokenGivesANewOne() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        WebClient client = new WebClient(sandbox).login(sandbox);
        assertThat(client.get(WebClient.MESSAGING + "sms/stats/").statusCode()).isEqualTo(200);

        Thread.sleep(1100);
        HttpResponse<String> expired = client.get(WebClient.MESSAGING + "sms/stats/");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("token_not_valid");

        HttpResponse<String> refreshed = new WebClient(sandbox).post(WebClient.AUTH + "token/refresh/",
                "{\"refresh\":\"" + client.refresh() + "\"}");
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(Http.json(refreshed).get("access").asText()).isNotEqualTo(client.access());
    }

    @Test
    void revokedTokensAndLogoutEndTheSession() {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        WebClient client = new WebClient(sandbox).login(sandbox);
        assertThat(sandbox.revokeAccessTokens()).isEqualTo(1);
        assertThat(client.get(WebClient.MESSAGING + "templates/").statusCode()).isEqualTo(401);

        WebClient other = new WebClient(sandbox).login(sandbox);
        assertThat(sandbox.revokeRefreshTokens()).isEqualTo(2);
        HttpResponse<String> refused = other.post(WebClient.AUTH + "token/refresh/",
                "{\"refresh\":\"" + other.refresh() + "\"}");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("\"code\":\"token_not_valid\"");

        WebClient third = new WebClient(sandbox).login(sandbox);
        assertThat(third.post(WebClient.AUTH + "logout/", "").statusCode()).isEqualTo(200);
        assertThat(third.get(WebClient.MESSAGING + "templates/").statusCode()).isEqualTo(401);
        assertThat(third.post(WebClient.AUTH + "token/refresh/", "{\"refresh\":\"" + third.refresh() + "\"}")
                .statusCode()).isEqualTo(401);
    }

    @Test
    void aForgedTokenIsRefused() {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        WebClient client = new WebClient(sandbox).login(sandbox);
        String[] parts = client.access().split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(new byte[32]);
        HttpResponse<String> response = Http.send(new Http(sandbox).request(WebClient.MESSAGING + "contacts/")
                .header("Authorization", "Bearer " + forged).GET().build());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    private static JsonNode payloadOf(String jwt) throws Exception {
        return Http.MAPPER.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
