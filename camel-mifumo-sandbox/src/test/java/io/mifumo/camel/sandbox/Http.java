package io.mifumo.camel.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small java.net.http client for the tests, bound to one sandbox. */
final class Http {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final String baseUrl;
    private final String apiKey;

    Http(MifumoSandbox sandbox) {
        this(sandbox.baseUrl(), sandbox.apiKey());
    }

    Http(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    Http withKey(String key) {
        return new Http(baseUrl, key);
    }

    /** A request builder for a path; a path without a leading slash is under the integration API. */
    HttpRequest.Builder request(String path) {
        String absolute = path.startsWith("/") ? path : MifumoSandbox.API_PATH + path;
        return HttpRequest.newBuilder(URI.create(baseUrl + absolute)).timeout(Duration.ofSeconds(5));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).header("Authorization", "Bearer " + apiKey).GET().build());
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path)
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Sends {@code text} from sender {@code Quantum} to the recipients given. */
    HttpResponse<String> sendSms(String text, String... recipients) {
        StringBuilder json = new StringBuilder("{\"message\":").append(quote(text)).append(",\"recipients\":[");
        for (int i = 0; i < recipients.length; i++) {
            json.append(i == 0 ? "" : ",").append(quote(recipients[i]));
        }
        return post("sms/send/", json.append("],\"sender_id\":\"Quantum\"}").toString());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpClient client() {
        return CLIENT;
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response.body(), e);
        }
    }

    static String quote(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
