package io.mifumo.camel.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The sandbox's single Jackson mapper and the JSON bodies shared by several endpoints. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** ISO-8601 in UTC with a {@code Z} and always three fraction digits, so the text sorts like the instant. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    static JsonNode parse(byte[] body) throws JsonProcessingException {
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The Django REST framework validation shape: each field names its list of messages. */
    static ObjectNode fieldErrors(Map<String, List<String>> errors) {
        ObjectNode body = object();
        errors.forEach((field, messages) -> {
            ArrayNode list = body.putArray(field);
            messages.forEach(list::add);
        });
        return body;
    }

    /** The API's own error shape: {@code {"error","code","details":{}}}. */
    static ObjectNode error(String error, String code) {
        ObjectNode body = object();
        body.put("error", error);
        body.put("code", code);
        body.putObject("details");
        return body;
    }

    static ObjectNode detail(String detail) {
        ObjectNode body = object();
        body.put("detail", detail);
        return body;
    }

    static ObjectNode notFound() {
        ObjectNode body = object();
        body.put("error", "Not found");
        body.put("message", "The requested resource was not found.");
        return body;
    }
}
