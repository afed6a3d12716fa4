package io.mifumo.camel.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** An HTTP answer computed before anything is written, so it can be logged, replaced by a fault or delayed. */
final class Reply {

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();

    private Reply(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    static Reply json(int status, JsonNode body) {
        return new Reply(status, "application/json", Json.bytes(body));
    }

    static Reply raw(int status, String contentType, String body) {
        return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    Reply header(String name, String value) {
        headers.add(Map.entry(name, value));
        return this;
    }

    Reply headers(List<Map.Entry<String, String>> more) {
        headers.addAll(more);
        return this;
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    byte[] body() {
        return body;
    }

    List<Map.Entry<String, String>> headerList() {
        return headers;
    }
}
