package io.mifumo.camel.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The integration API under {@code /api/integration/v1/}: routing, authentication, rate limit and endpoints. */
final class ApiHandler {

    /** E.164 as the sandbox accepts it: a plus, then 8 to 15 digits (E.164 caps numbers at 15), never a leading 0. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    /** Alphanumeric sender: at most 11 characters (the GSM TP-OA limit), at least one letter. */
    private static final Pattern ALPHA_SENDER = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}");

    /** Numeric sender: a phone-number-like originator of at most 15 digits. */
    private static final Pattern NUMERIC_SENDER = Pattern.compile("[0-9]{1,15}");

    /** Delivery-reports paging: default 50, at most 100 per page, as the reference gives for its list endpoints. */
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 100;

    private static final String REPORTS_PATH = Fault.API_ROOT + "sms/delivery-reports/";

    private final SandboxState state;

    ApiHandler(SandboxState state) {
        this.state = state;
    }

    /** The endpoints: the route name and the methods it allows. */
    private enum Route {
        SEND("POST"),
        BALANCE("GET", "HEAD"),
        REPORTS("GET", "HEAD"),
        STATUS("GET", "HEAD");

        private final Set<String> methods;

        Route(String... methods) {
            this.methods = Set.of(methods);
        }
    }

    Reply handle(ApiRequest request, String host) {
        String path = request.path();
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String rest = trimmed.startsWith(Fault.API_ROOT) ? trimmed.substring(Fault.API_ROOT.length()) : null;
        Route route = rest == null ? null : route(rest);
        if (route == null) {
            // Django resolves the URL before the view authenticates, so an unknown path is 404 even without a key
            return Reply.json(404, Json.notFound());
        }

        String apiKey = credentials(request);
        if (apiKey == null) {
            return Reply.json(401, Json.detail("Authentication credentials were not provided."))
                    .header("WWW-Authenticate", "Bearer realm=\"api\"");
        }
        if (!state.hasAccount(apiKey)) {
            return Reply.json(401, Json.error("Invalid API key", "INVALID_API_KEY"))
                    .header("WWW-Authenticate", "Bearer realm=\"api\"");
        }

        SandboxState.RateDecision rate = state.consume(apiKey);
        Reply reply;
        if (!rate.allowed()) {
            reply = Reply.json(429, Json.detail("Request was throttled. Expected available in "
                    + rate.retryAfterSeconds() + " seconds."))
                    .header("Retry-After", Long.toString(rate.retryAfterSeconds()));
        } else if (!route.methods.contains(request.method())) {
            // Django REST framework checks the method after authentication and throttling: a 405 uses up a request
            reply = Reply.json(405, Json.detail("Method \"" + request.method() + "\" not allowed."))
                    .header("Allow", String.join(", ", new TreeSet<>(route.methods)));
        } else {
            try {
                reply = dispatch(route, rest, request, apiKey, host);
            } catch (ApiError e) {
                reply = e.reply();
            }
        }
        long resetEpoch = rate.windowEnd().getEpochSecond() + (rate.windowEnd().getNano() > 0 ? 1 : 0);
        return reply.header("X-RateLimit-Limit", Integer.toString(rate.limit()))
                .header("X-RateLimit-Remaining", Integer.toString(rate.remaining()))
                .header("X-RateLimit-Reset", Long.toString(resetEpoch));
    }

    private static Route route(String rest) {
        return switch (rest) {
            case "sms/send" -> Route.SEND;
            case "sms/balance" -> Route.BALANCE;
            case "sms/delivery-reports" -> Route.REPORTS;
            default -> statusId(rest) == null ? null : Route.STATUS;
        };
    }

    private static String statusId(String rest) {
        String prefix = "sms/status/";
        if (rest.startsWith(prefix) && rest.length() > prefix.length() && rest.indexOf('/', prefix.length()) < 0) {
            return rest.substring(prefix.length());
        }
        return null;
    }

    private Reply dispatch(Route route, String rest, ApiRequest request, String apiKey, String host) {
        return switch (route) {
            case SEND -> send(request, apiKey);
            case BALANCE -> balance(apiKey);
            case REPORTS -> reports(request, apiKey, host);
            case STATUS -> status(statusId(rest), apiKey);
        };
    }

    private Reply balance(String apiKey) {
        ObjectNode body = Json.object();
        body.put("balance", state.balance(apiKey));
        body.put("currency", "credits");
        return Reply.json(200, body);
    }

    /**
     * The API key from {@code Authorization: Bearer KEY} or else {@code X-API-Key: KEY}, exactly as sent (keys may
     * hold {@code +}, {@code /} and {@code =}); {@code null} when neither carries one.
     */
    static String credentials(ApiRequest request) {
        String authorization = request.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).strip();
            if (!token.isEmpty()) {
                return token;
            }
        }
        String apiKey = request.header("X-API-Key");
        if (apiKey != null && !apiKey.strip().isEmpty()) {
            return apiKey.strip();
        }
        return null;
    }

    private Reply send(ApiRequest request, String apiKey) {
        JsonNode body = objectBody(request);
        Map<String, List<String>> errors = new LinkedHashMap<>();

        String text = text(body, "message", errors);
        List<String> recipients = recipients(body.get("recipients"), errors);
        String sender = text(body, "sender_id", errors);
        if (sender != null && !ALPHA_SENDER.matcher(sender).matches() && !NUMERIC_SENDER.matcher(sender).matches()) {
            errors.put("sender_id", List.of("Invalid sender ID '" + sender + "': use 1 to 11 letters, digits or "
                    + "spaces with at least one letter, or up to 15 digits."));
        }
        String tenantId = null;
        JsonNode tenant = body.get("tenant_account_id");
        if (tenant != null && !tenant.isNull()) {
            if (tenant.isTextual()) {
                tenantId = tenant.asText().isEmpty() ? null : tenant.asText();
            } else {
                errors.put("tenant_account_id", List.of("Must be a valid UUID."));
            }
        }
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }

        SmsEncoding.Result encoding = SmsEncoding.of(text);
        SandboxMessage message = state.send(new SandboxState.SendRequest(apiKey, text, sender, recipients, tenantId),
                encoding);
        ObjectNode answer = Json.object();
        answer.put("success", true);
        answer.put("message_id", message.id());
        answer.put("status", "sent");
        answer.put("recipients_count", message.recipients().size());
        answer.put("segments", message.segments());
        answer.put("encoding", message.encoding());
        answer.put("credits_used", message.creditsUsed());
        return Reply.json(200, answer);
    }

    /** A required text field; numbers are taken as their text, as Django REST framework's CharField does. */
    private static String text(JsonNode body, String field, Map<String, List<String>> errors) {
        JsonNode node = body.get(field);
        String problem;
        if (node == null) {
            problem = "This field is required.";
        } else if (node.isNull()) {
            problem = "This field may not be null.";
        } else if (!node.isTextual() && !node.isNumber()) {
            problem = "Not a valid string.";
        } else if (node.asText().isBlank()) {
            problem = "This field may not be blank.";
        } else {
            return node.asText();
        }
        errors.put(field, List.of(problem));
        return null;
    }

    /** Distinct valid recipients in the order given; every bad value is named in its own message. */
    private List<String> recipients(JsonNode node, Map<String, List<String>> errors) {
        String problem = null;
        if (node == null) {
            problem = "This field is required.";
        } else if (node.isNull()) {
            problem = "This field may not be null.";
        } else if (!node.isArray()) {
            problem = "Expected a list of items but got type \"" + pythonType(node) + "\".";
        } else if (node.isEmpty()) {
            problem = "This list may not be empty.";
        }
        if (problem != null) {
            errors.put("recipients", List.of(problem));
            return List.of();
        }

        Set<String> distinct = new LinkedHashSet<>();
        List<String> bad = new ArrayList<>();
        for (JsonNode item : node) {
            String value = item.isTextual() ? item.asText() : item.toString();
            if (item.isTextual() && E164.matcher(value).matches()) {
                distinct.add(value);
            } else {
                bad.add("Invalid phone number: " + value);
            }
        }
        int max = state.config().maxRecipients();
        if (bad.isEmpty() && max > 0 && distinct.size() > max) {
            bad.add("Ensure this field has no more than " + max + " elements.");
        }
        if (!bad.isEmpty()) {
            errors.put("recipients", bad);
        }
        return new ArrayList<>(distinct);
    }

    private Reply status(String id, String apiKey) {
        SandboxMessage message = state.message(id, apiKey);
        if (message == null) {
            // another key's message is reported exactly like a missing one, so ids cannot be probed
            return Reply.json(404, Json.notFound());
        }
        ObjectNode body = Json.object();
        body.put("message_id", message.id());
        body.put("status", message.status().wireName());
        body.put("sent_at", Json.time(message.sentAt()));
        body.put("delivered_at", Json.time(message.deliveredAt()));
        ArrayNode recipients = body.putArray("recipients");
        for (SandboxMessage.RecipientState state : message.recipientStates()) {
            ObjectNode recipient = recipients.addObject();
            recipient.put("recipient", state.recipient());
            recipient.put("status", state.status().wireName());
            recipient.put("updated_at", Json.time(state.updatedAt()));
        }
        return Reply.json(200, body);
    }

    private Reply reports(ApiRequest request, String apiKey, String host) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        long limit = paging(request.query().get("limit"), "limit", DEFAULT_LIMIT, 1, errors);
        long offset = paging(request.query().get("offset"), "offset", 0, 0, errors);
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        // like Django REST framework's LimitOffsetPagination, a limit above the maximum is capped, not refused
        int size = (int) Math.min(limit, MAX_LIMIT);

        List<SandboxState.Report> all = state.reports(apiKey);
        int from = (int) Math.min(offset, all.size());
        int to = Math.min(all.size(), from + size);
        ArrayNode page = Json.array();
        for (SandboxState.Report report : all.subList(from, to)) {
            ObjectNode item = page.addObject();
            item.put("id", report.id());
            item.put("message_id", report.messageId());
            item.put("recipient", report.recipient());
            item.put("status", report.status().wireName());
            item.put("sender_id", report.senderId());
            item.put("sent_at", Json.time(report.sentAt()));
            item.put("delivered_at", report.status() == DeliveryStatus.DELIVERED ? Json.time(report.finalAt()) : null);
            item.put("updated_at", Json.time(report.finalAt()));
        }

        return Reply.json(200, switch (state.reportShape()) {
            case LIST -> page;
            case DATA_LIST -> {
                ObjectNode body = Json.object();
                body.put("success", true);
                body.set("data", page);
                yield body;
            }
            case DATA_RESULTS -> {
                ObjectNode body = Json.object();
                body.put("success", true);
                ObjectNode data = body.putObject("data");
                data.put("count", all.size());
                data.set("results", page);
                yield body;
            }
            case RESULTS -> {
                ObjectNode body = Json.object();
                body.put("count", all.size());
                String base = "http://" + host + REPORTS_PATH + "?limit=" + size + "&offset=";
                body.put("next", offset + size < all.size() ? base + (offset + size) : null);
                body.put("previous", offset > 0 ? base + Math.max(0, offset - size) : null);
                body.set("results", page);
                yield body;
            }
        });
    }

    /** A paging parameter: absent or empty gives the default; anything else must be a whole number >= min. */
    static long paging(String value, String name, long fallback, long min, Map<String, List<String>> errors) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.put(name, List.of("A valid integer is required; got '" + value + "'."));
            return fallback;
        }
        if (number < min) {
            errors.put(name, List.of("Ensure this value is greater than or equal to " + min + "; got '" + value
                    + "'."));
            return fallback;
        }
        return number;
    }

    /**
     * The body as a JSON object. Like Django REST framework's JSONParser: an empty body is an empty object, a
     * non-empty one needs {@code Content-Type: application/json}, and a parse error is a 400 {@code detail}.
     */
    static JsonNode objectBody(ApiRequest request) {
        if (request.body().length == 0) {
            return Json.object();
        }
        String contentType = request.header("Content-Type");
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new ApiError(Reply.json(415, Json.detail("Unsupported media type \""
                    + (contentType == null ? "" : contentType) + "\" in request.")));
        }
        JsonNode body;
        try {
            body = Json.parse(request.body());
        } catch (JsonProcessingException e) {
            throw new ApiError(Reply.json(400, Json.detail("JSON parse error - " + e.getOriginalMessage())));
        }
        if (!body.isObject()) {
            ObjectNode error = Json.object();
            error.putArray("non_field_errors").add("Invalid data. Expected a dictionary, but got "
                    + pythonType(body) + ".");
            throw new ApiError(Reply.json(400, error));
        }
        return body;
    }

    /** The Python type name Django REST framework would print for a JSON value. */
    private static String pythonType(JsonNode node) {
        if (node.isArray()) {
            return "list";
        } else if (node.isObject()) {
            return "dict";
        } else if (node.isTextual()) {
            return "str";
        } else if (node.isBoolean()) {
            return "bool";
        } else if (node.isIntegralNumber()) {
            return "int";
        } else if (node.isNumber()) {
            return "float";
        }
        return "NoneType";
    }
}
