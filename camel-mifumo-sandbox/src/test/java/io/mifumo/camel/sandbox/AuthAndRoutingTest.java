package io.mifumo.camel.sandbox;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class AuthAndRoutingTest {

    /** C21: a key with +, / and = must reach the server and match byte for byte. */
    private static final String ODD_KEY = "AK+12/3==";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b
            .apiKey("sandbox-key", 100)
            .apiKey(ODD_KEY, 7));

    @Test
    void acceptsBearerAndXApiKey() {
        Http http = new Http(SANDBOX.getSandbox());
        HttpResponse<String> bearer = http.get("sms/balance/");
        HttpResponse<String> header = Http.send(http.request("sms/balance/")
                .header("X-API-Key", "sandbox-key")
                .build());

        assertThat(bearer.statusCode()).isEqualTo(200);
        assertThat(Http.json(bearer).toString()).isEqualTo("{\"balance\":100,\"currency\":\"credits\"}");
        assertThat(header.statusCode()).isEqualTo(200);
        assertThat(header.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void comparesKeysByteForByte() {
        Http http = new Http(SANDBOX.baseUrl(), ODD_KEY);
        assertThat(Http.json(http.get("sms/balance/")).get("balance").asLong()).isEqualTo(7);

        // the key as a form decoder would mangle it (+ becomes a space) is a different key
        HttpResponse<String> mangled = http.withKey("AK 12/3==").get("sms/balance/");
        assertThat(mangled.statusCode()).isEqualTo(401);
    }

    @Test
    void missingCredentialsGiveDrfDetail() {
        HttpResponse<String> response = Http.send(new Http(SANDBOX.getSandbox()).request("sms/balance/").build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Http.json(response).toString())
                .isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(response.headers().firstValue("X-RateLimit-Limit")).isEmpty();
    }

    @Test
    void unknownKeyGivesApiErrorShape() {
        HttpResponse<String> response = new Http(SANDBOX.baseUrl(), "nope").get("sms/balance/");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Http.json(response).toString())
                .isEqualTo("{\"error\":\"Invalid API key\",\"code\":\"INVALID_API_KEY\",\"details\":{}}");
    }

    @Test
    void unknownPathIsNotFoundEvenWithoutKey() {
        HttpResponse<String> response = Http.send(new Http(SANDBOX.getSandbox()).request("sms/nothing/").build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.json(response).toString()).isEqualTo(
                "{\"error\":\"Not found\",\"message\":\"The requested resource was not found.\"}");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void wrongMethodIs405() {
        Http http = new Http(SANDBOX.getSandbox());
        HttpResponse<String> get = http.get("sms/send/");
        HttpResponse<String> post = http.post("sms/balance/", "{}");

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(Http.json(get).get("detail").asText()).isEqualTo("Method \"GET\" not allowed.");
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(Http.json(post).get("detail").asText()).isEqualTo("Method \"POST\" not allowed.");
    }

    @Test
    void pathWithoutTrailingSlashWorks() {
        assertThat(new Http(SANDBOX.getSandbox()).get("sms/balance").statusCode()).isEqualTo(200);
    }

    @Test
    void headHasNoBody() {
        HttpResponse<String> response = Http.send(new Http(SANDBOX.getSandbox()).request("sms/balance/")
                .header("X-API-Key", "sandbox-key")
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void requestLogKeepsHeadersCaseInsensitive() {
        new Http(SANDBOX.getSandbox()).get("sms/balance/?x=1");

        RecordedRequest request = SANDBOX.getSandbox().requests().get(0);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/api/integration/v1/sms/balance/?x=1");
        assertThat(request.pathWithoutQuery()).isEqualTo("/api/integration/v1/sms/balance/");
        assertThat(request.header("authorization")).isEqualTo("Bearer sandbox-key");
        assertThat(request.header("AUTHORIZATION")).isEqualTo("Bearer sandbox-key");
        assertThat(request.status()).isEqualTo(200);
    }
}
