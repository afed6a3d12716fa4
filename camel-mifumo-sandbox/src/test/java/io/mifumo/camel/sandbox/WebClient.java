package io.mifumo.camel.sandbox;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A test client of the web-application APIs: logs in once and sends the access token with every call. */
final class WebClient {

    static final String AUTH = "/api/auth/";
    static final String MESSAGING = "/api/messaging/";

    private final Http http;
    private String access;
    private String refresh;

    WebClient(MifumoSandbox sandbox) {
        this.http = new Http(sandbox);
    }

    /** Logs in as the sandbox's first user; returns this client. */
    WebClient login(MifumoSandbox sandbox) {
        HttpResponse<String> response = post(AUTH + "login/", "{\"email\":" + Http.quote(sandbox.userEmail())
                + ",\"password\":" + Http.quote(sandbox.userPassword()) + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode tokens = Http.json(response).get("tokens");
        access = tokens.get("access").asText();
        refresh = tokens.get("refresh").asText();
        return this;
    }

    String access() {
        return access;
    }

    String refresh() {
        return refresh;
    }

    HttpResponse<String> get(String path) {
        return Http.send(authorised(http.request(path)).GET().build());
    }

    HttpResponse<String> post(String path, String json) {
        return Http.send(authorised(http.request(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> put(String path, String json) {
        return Http.send(authorised(http.request(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> delete(String path) {
        return Http.send(authorised(http.request(path)).DELETE().build());
    }

    /** Uploads {@code file} as the multipart part {@code file}, with a {@code tags} field when not null. */
    HttpResponse<String> upload(String path, String fileName, byte[] file, String tags) {
        String boundary = "----sandboxtest7MA4YWxkTrZu0gW";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (tags != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\n" + tags + "\r\n");
        }
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + boundary + "--\r\n");
        return Http.send(authorised(http.request(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder builder) {
        return access == null ? builder : builder.header("Authorization", "Bearer " + access);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
