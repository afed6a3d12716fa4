package io.mifumo.camel.component.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mifumo.camel.component.exception.MifumoApiException;
import io.mifumo.camel.component.exception.MifumoAuthenticationException;
import io.mifumo.camel.component.exception.MifumoBadRequestException;
import io.mifumo.camel.component.exception.MifumoError;
import io.mifumo.camel.component.exception.MifumoInsufficientCreditsException;
import io.mifumo.camel.component.exception.MifumoNotFoundException;
import io.mifumo.camel.component.exception.MifumoPermissionException;
import io.mifumo.camel.component.exception.MifumoRateLimitException;
import io.mifumo.camel.component.exception.MifumoSenderIdRejectedException;
import io.mifumo.camel.component.exception.MifumoServerException;

/**
 * Turns an error answer into a typed exception. The reference documents several error bodies and each is read:
 * {@code error/code/details}, {@code error/message/details}, {@code detail}, and a map of field names to message
 * lists; a body that is not JSON (an HTML error page, nothing at all) still gives the status and a short excerpt.
 */
public final class ApiErrors {

    static final int EXCERPT_LENGTH = 200;

    private ApiErrors() {
    }

    /**
     * Reads an error body.
     */
    public static MifumoError read(ObjectMapper mapper, int status, byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return new MifumoError(status, null, "empty response body", Map.of());
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (Exception e) {
            root = null;
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            return new MifumoError(status, null, excerpt(text), Map.of());
        }
        return readJson(status, root);
    }

    /**
     * Reads an error from a JSON body: an object in any documented shape, or a list of messages.
     */
    public static MifumoError readJson(int status, JsonNode root) {
        if (root.isArray()) {
            return new MifumoError(status, null, joinMessages(root), Map.of());
        }
        return readObject(status, root);
    }

    private static MifumoError readObject(int status, JsonNode body) {
        JsonNode root = body;
        JsonNode errorNode = root.get("error");
        // some gateways nest the error: {"error": {"message": "...", "code": "..."}}
        if (errorNode != null && errorNode.isObject()) {
            ObjectNode flat = root.deepCopy();
            flat.remove("error");
            errorNode.fields().forEachRemaining(field -> {
                if (!flat.has(field.getKey())) {
                    flat.set(field.getKey(), field.getValue());
                }
            });
            root = flat;
            errorNode = null;
        }
        String error = text(errorNode);
        String code = text(root.get("code"));
        String message = text(root.get("message"));
        String detail = text(root.get("detail"));
        Map<String, Object> details = new LinkedHashMap<>();

        JsonNode detailsNode = root.get("details");
        if (detailsNode != null && detailsNode.isObject()) {
            detailsNode.fields().forEachRemaining(field -> details.put(field.getKey(), plain(field.getValue())));
        }
        boolean documentedShape = error != null || code != null || message != null || detail != null;
        List<String> fieldMessages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (List.of("error", "code", "message", "detail", "details").contains(name)) {
                continue;
            }
            details.put(name, plain(field.getValue()));
            if (!documentedShape) {
                // DRF validation shape: {"field": ["message", ...]}
                fieldMessages.add(name + ": " + joinMessages(field.getValue()));
            }
        }

        String readable = message != null ? message : detail != null ? detail : error;
        if (readable == null && !fieldMessages.isEmpty()) {
            readable = String.join("; ", fieldMessages);
        }
        if (readable == null) {
            readable = "no message in the error body";
        } else if (message != null && error != null && !message.contains(error)) {
            readable = error + ": " + message;
        }
        return new MifumoError(status, code, readable, details);
    }

    /**
     * The exception for an error answer.
     *
     * @param request the request, for the message (method and path only)
     */
    public static MifumoApiException toException(
            MifumoHttpRequest request, MifumoError error, RateLimit rateLimit) {
        int status = error.getStatusCode();
        boolean unknownOutcome = !request.isSafe() && (status >= 500 || status == 408);
        StringBuilder text = new StringBuilder("Mifumo API ").append(request.describe()).append(" failed with HTTP ")
                .append(status);
        if (error.getCode() != null) {
            text.append(" (").append(error.getCode()).append(')');
        }
        text.append(": ").append(error.getMessage());
        if (!error.getDetails().isEmpty()) {
            text.append(" ").append(error.getDetails());
        }
        if (unknownOutcome) {
            text.append(". The request may have been processed: check before sending it again");
        }
        MifumoApiException exception = create(text.toString(), error, rateLimit, unknownOutcome);
        exception.setRateLimit(rateLimit);
        return exception;
    }

    private static MifumoApiException create(String message, MifumoError error, RateLimit rateLimit,
                                             boolean unknownOutcome) {
        int status = error.getStatusCode();
        if (isSenderRejection(error)) {
            return new MifumoSenderIdRejectedException("Sender ID rejected. " + message, error, false);
        }
        switch (status) {
            case 400:
                return new MifumoBadRequestException(message, error, false);
            case 401:
                return new MifumoAuthenticationException(message, error, false);
            case 402:
                return new MifumoInsufficientCreditsException(
                        message, error, number(error.getDetails().get("required_credits")),
                        number(error.getDetails().get("current_balance")));
            case 403:
                return new MifumoPermissionException(message, error, false);
            case 404:
                return new MifumoNotFoundException(message, error, false);
            case 429:
                return new MifumoRateLimitException(message, error, rateLimit == null ? null : rateLimit.getResetAt());
            default:
                if (status >= 500) {
                    return new MifumoServerException(message, error, unknownOutcome);
                }
                return new MifumoApiException(message, error, unknownOutcome);
        }
    }

    private static boolean isSenderRejection(MifumoError error) {
        int status = error.getStatusCode();
        if (status != 400 && status != 401 && status != 403) {
            return false;
        }
        String code = error.getCode() == null ? "" : error.getCode().toUpperCase(Locale.ROOT);
        if (code.contains("SENDER")) {
            return true;
        }
        // a 401 is about credentials unless its code says otherwise
        return status != 401 && error.getDetails().size() == 1 && error.getDetails().containsKey("sender_id");
    }

    /**
     * The start of a body that is not JSON, with markup and runs of white space removed.
     */
    static String excerpt(String text) {
        String plain = text.replaceAll("(?s)<(script|style).*?</\\1>", " ").replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ").strip();
        if (plain.isEmpty()) {
            plain = text.strip();
        }
        return plain.length() <= EXCERPT_LENGTH ? plain : plain.substring(0, EXCERPT_LENGTH) + "...";
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        return node.asText();
    }

    private static String joinMessages(JsonNode node) {
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(item -> parts.add(item.isValueNode() ? item.asText() : item.toString()));
            return String.join(" ", parts);
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static Object plain(JsonNode node) {
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), plain(field.getValue())));
            return map;
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node.asText();
    }

    private static Long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.valueOf(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
