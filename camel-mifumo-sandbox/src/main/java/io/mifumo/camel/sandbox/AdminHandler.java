package io.mifumo.camel.sandbox;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code /__sandbox/} endpoints: the Java test API over HTTP, for other languages, curl and demos. */
final class AdminHandler {

    static final String ROOT = "/__sandbox";

    private final SandboxState state;

    AdminHandler(SandboxState state) {
        this.state = state;
    }

    Reply handle(ApiRequest request) {
        String path = request.path().substring(ROOT.length());
        path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        try {
            return route(request.method(), path, request);
        } catch (ApiError e) {
            return e.reply();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Reply.json(400, Json.detail(e.getMessage()));
        }
    }

    private Reply route(String method, String path, ApiRequest request) {
        if (path.equals("/reset")) {
            requireMethod(method, "POST");
            state.reset();
            return ok();
        }
        if (path.equals("/requests")) {
            requireMethod(method, "GET");
            return Reply.json(200, requests());
        }
        if (path.equals("/messages")) {
            requireMethod(method, "GET");
            ArrayNode list = Json.array();
            state.messages().forEach(message -> list.add(message(message)));
            return Reply.json(200, list);
        }
        if (path.startsWith("/messages/")) {
            String[] parts = path.substring("/messages/".length()).split("/");
            if (parts.length == 1) {
                requireMethod(method, "GET");
                return messageReply(parts[0]);
            }
            if (parts.length == 2 && parts[1].equals("status")) {
                requireMethod(method, "POST");
                return setStatus(parts[0], body(request));
            }
        }
        if (path.equals("/accounts")) {
            if (method.equals("GET")) {
                return Reply.json(200, accounts());
            }
            requireMethod(method, "POST");
            return addAccount(body(request));
        }
        if (path.equals("/tenants")) {
            if (method.equals("GET")) {
                return Reply.json(200, tenants());
            }
            requireMethod(method, "POST");
            JsonNode body = body(request);
            String id = state.createTenant(requiredText(body, "api_key"), body.path("name").asText("Tenant"),
                    body.path("credits").asLong(0));
            ObjectNode answer = Json.object();
            answer.put("tenant_account_id", id);
            return Reply.json(200, answer);
        }
        if (path.equals("/packages")) {
            requireMethod(method, "GET");
            ArrayNode list = Json.array();
            state.partner().packages().forEach(pkg -> list.add(PartnerHandler.pkg(pkg)));
            return Reply.json(200, list);
        }
        if (path.equals("/sender-id-requests")) {
            requireMethod(method, "GET");
            ArrayNode list = Json.array();
            state.partner().senderIdRequests(null, null).forEach(item -> list.add(senderIdRequest(item)));
            return Reply.json(200, list);
        }
        if (path.startsWith("/sender-id-requests/") && path.endsWith("/status")) {
            requireMethod(method, "POST");
            String id = path.substring("/sender-id-requests/".length(), path.length() - "/status".length());
            boolean changed = state.partner().setSenderIdRequestStatus(id, requiredText(body(request), "status"));
            ObjectNode answer = Json.object();
            answer.put("changed", changed);
            return Reply.json(200, answer);
        }
        if (path.equals("/payments")) {
            requireMethod(method, "GET");
            ArrayNode list = Json.array();
            state.partner().payments().forEach(payment -> list.add(payment(payment)));
            return Reply.json(200, list);
        }
        if (path.startsWith("/payments/")) {
            String[] parts = path.substring("/payments/".length()).split("/");
            if (parts.length == 1) {
                requireMethod(method, "GET");
                return Reply.json(200, payment(state.partner().payment(parts[0])));
            }
            if (parts.length == 2) {
                PaymentState target = switch (parts[1]) {
                    case "complete" -> PaymentState.COMPLETED;
                    case "fail" -> PaymentState.FAILED;
                    case "cancel" -> PaymentState.CANCELLED;
                    default -> null;
                };
                if (target != null) {
                    requireMethod(method, "POST");
                    boolean changed = state.partner().settle(parts[0], target);
                    ObjectNode answer = Json.object();
                    answer.put("changed", changed);
                    answer.set("payment", payment(state.partner().payment(parts[0])));
                    return Reply.json(200, answer);
                }
            }
        }
        if (path.equals("/faults")) {
            if (method.equals("DELETE")) {
                state.clearFaults();
                return ok();
            }
            requireMethod(method, "POST");
            state.enqueueFault(fault(body(request)));
            ObjectNode answer = Json.object();
            answer.put("pending", state.pendingFaults());
            return Reply.json(200, answer);
        }
        if (path.equals("/report-shape")) {
            if (method.equals("POST") || method.equals("PUT")) {
                String shape = requiredText(body(request), "shape").toUpperCase(Locale.ROOT);
                state.setReportShape(ReportShape.valueOf(shape));
            } else {
                requireMethod(method, "GET");
            }
            ObjectNode answer = Json.object();
            answer.put("shape", state.reportShape().name());
            return Reply.json(200, answer);
        }
        return Reply.json(404, Json.notFound());
    }

    private Reply messageReply(String id) {
        SandboxMessage message = state.message(id, null);
        return message == null ? Reply.json(404, Json.notFound()) : Reply.json(200, message(message));
    }

    private Reply setStatus(String id, JsonNode body) {
        if (state.message(id, null) == null) {
            return Reply.json(404, Json.notFound());
        }
        JsonNode recipient = body.get("recipient");
        DeliveryStatus status = DeliveryStatus.fromWire(requiredText(body, "status"));
        int changed = state.setRecipientStatus(id, recipient == null || recipient.isNull() ? null : recipient.asText(),
                status);
        ObjectNode answer = Json.object();
        answer.put("changed", changed);
        answer.set("message", message(state.message(id, null)));
        return Reply.json(200, answer);
    }

    private Reply addAccount(JsonNode body) {
        String apiKey = requiredText(body, "api_key");
        JsonNode balance = body.get("balance");
        if (balance == null || !balance.canConvertToLong()) {
            throw new IllegalArgumentException("balance must be a whole number of credits");
        }
        state.addAccount(apiKey, balance.asLong());
        ObjectNode answer = Json.object();
        answer.put("api_key", apiKey);
        answer.put("balance", state.balance(apiKey));
        return Reply.json(200, answer);
    }

    private ArrayNode accounts() {
        ArrayNode list = Json.array();
        state.balances().forEach((key, credits) -> {
            ObjectNode account = list.addObject();
            account.put("api_key", key);
            account.put("balance", credits);
        });
        return list;
    }

    private ArrayNode tenants() {
        ArrayNode list = Json.array();
        for (SandboxState.TenantInfo tenant : state.tenants()) {
            ObjectNode item = list.addObject();
            item.put("tenant_account_id", tenant.id());
            item.put("api_key", tenant.apiKey());
            item.put("name", tenant.name());
            item.put("balance", tenant.balance());
        }
        return list;
    }

    private ArrayNode requests() {
        ArrayNode list = Json.array();
        for (RecordedRequest request : state.requests()) {
            ObjectNode item = list.addObject();
            item.put("method", request.method());
            item.put("path", request.path());
            ObjectNode headers = item.putObject("headers");
            request.headers().forEach((name, values) -> {
                ArrayNode array = headers.putArray(name);
                values.forEach(array::add);
            });
            item.put("body", request.body());
            item.put("time", Json.time(request.time()));
            item.put("status", request.status());
        }
        return list;
    }

    private static ObjectNode senderIdRequest(SandboxSenderIdRequest request) {
        ObjectNode item = PartnerHandler.senderIdRequest(request);
        item.put("api_key", request.apiKey());
        return item;
    }

    private static ObjectNode payment(SandboxPayment payment) {
        ObjectNode item = PartnerHandler.payment(payment);
        item.put("api_key", payment.apiKey());
        item.put("tenant_account_id", payment.tenantAccountId());
        item.put("buyer_email", payment.buyerEmail());
        item.put("buyer_name", payment.buyerName());
        item.put("buyer_phone", payment.buyerPhone());
        return item;
    }

    static ObjectNode message(SandboxMessage message) {
        ObjectNode item = Json.object();
        item.put("id", message.id());
        item.put("api_key", message.apiKey());
        item.put("message", message.text());
        item.put("sender_id", message.sender());
        ArrayNode recipients = item.putArray("recipients");
        for (SandboxMessage.RecipientState state : message.recipientStates()) {
            ObjectNode recipient = recipients.addObject();
            recipient.put("recipient", state.recipient());
            recipient.put("status", state.status().wireName());
            recipient.put("updated_at", Json.time(state.updatedAt()));
        }
        item.put("segments", message.segments());
        item.put("encoding", message.encoding());
        item.put("credits_used", message.creditsUsed());
        item.put("tenant_account_id", message.tenantAccountId());
        item.put("status", message.status().wireName());
        item.put("sent_at", Json.time(message.sentAt()));
        item.put("delivered_at", Json.time(message.deliveredAt()));
        return item;
    }

    /**
     * A fault from JSON: {@code kind} is {@code respond} (default), {@code drop} or {@code delayed}; then
     * {@code status}, {@code content_type}, {@code body}, {@code headers} (name to value), {@code delay_ms},
     * {@code method}, {@code path}, {@code times}, {@code after_handling}, {@code truncate_at}.
     */
    static Fault fault(JsonNode body) {
        String kind = body.path("kind").asText("respond").toLowerCase(Locale.ROOT);
        Duration delay = Duration.ofMillis(body.path("delay_ms").asLong(0));
        Fault fault = switch (kind) {
            case "drop" -> Fault.dropConnection().delay(delay);
            case "delayed" -> Fault.delayed(delay);
            case "respond" -> respondFault(body).delay(delay);
            default -> throw new IllegalArgumentException("kind must be respond, drop or delayed: " + kind);
        };
        if (body.hasNonNull("method") || body.hasNonNull("path")) {
            fault = fault.on(body.path("method").textValue(), body.path("path").textValue());
        }
        if (body.hasNonNull("times")) {
            fault = fault.times(body.get("times").asInt());
        }
        if (body.path("after_handling").asBoolean(false)) {
            fault = fault.afterHandling();
        }
        return fault;
    }

    private static Fault respondFault(JsonNode body) {
        if (!body.path("status").canConvertToInt()) {
            throw new IllegalArgumentException("status is required for a respond fault");
        }
        Fault fault = Fault.respond(body.get("status").asInt()).body(body.path("body").asText(""));
        if (body.hasNonNull("content_type")) {
            fault = fault.contentType(body.get("content_type").asText());
        }
        for (Map.Entry<String, JsonNode> header : body.path("headers").properties()) {
            fault = fault.header(header.getKey(), header.getValue().asText());
        }
        if (body.hasNonNull("truncate_at")) {
            fault = fault.truncateAt(body.get("truncate_at").asInt());
        }
        return fault;
    }

    private static JsonNode body(ApiRequest request) {
        if (request.body().length == 0) {
            return Json.object();
        }
        try {
            JsonNode body = Json.parse(request.body());
            if (!body.isObject()) {
                throw new IllegalArgumentException("body must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new ApiError(Reply.json(400, Json.detail("JSON parse error - " + e.getOriginalMessage())));
        }
    }

    private static String requiredText(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isTextual() || node.asText().isEmpty()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return node.asText();
    }

    private static void requireMethod(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw new ApiError(Reply.json(405, Json.detail("Method \"" + method + "\" not allowed."))
                    .header("Allow", allowed));
        }
    }

    private static Reply ok() {
        ObjectNode body = Json.object();
        body.put("success", true);
        return Reply.json(200, body);
    }
}
