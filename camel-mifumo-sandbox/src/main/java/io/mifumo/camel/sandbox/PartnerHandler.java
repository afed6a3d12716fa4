package io.mifumo.camel.sandbox;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The white-label partner endpoints under {@code /api/integration/v1/partner/}: tenants, sender ID requests, the
 * package catalogue, mobile-money payments and pricing. Object answers are wrapped as
 * {@code {"success": true, "data": ...}}, as the reference shows, except pricing, which the reference shows bare.
 */
final class PartnerHandler {

    /** The mobile-money providers the reference supports ("Supported Providers"). */
    static final List<String> PROVIDERS = List.of("vodacom", "tigo", "airtel", "halotel");

    /** Custom purchases: "minimum 100" credits. */
    static final long MIN_CUSTOM_CREDITS = 100;

    /** History paging: default 50, at most 100, as the reference gives for payment history. */
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 100;

    /** The form the reference shows for {@code buyer_phone}: a Tanzanian number written locally, 0 and 9 digits. */
    private static final Pattern LOCAL_PHONE = Pattern.compile("0[1-9][0-9]{8}");

    /** A loose e-mail check in the spirit of Django's EmailValidator: something, @, a domain with a dot. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    private final SandboxState state;

    PartnerHandler(SandboxState state) {
        this.state = state;
    }

    /** The partner endpoints and the methods each allows. */
    enum Kind {
        TENANT_CREATE("POST"),
        TENANT("GET", "HEAD"),
        SENDER_ID_REQUEST("POST"),
        SENDER_ID_REQUESTS("GET", "HEAD"),
        PACKAGES("GET", "HEAD"),
        PAYMENT_INITIATE("POST"),
        PAYMENT_STATUS("GET", "HEAD"),
        CUSTOM_INITIATE("POST"),
        CUSTOM_STATUS("GET", "HEAD"),
        HISTORY("GET", "HEAD"),
        PRICING("POST");

        private final Set<String> methods;

        Kind(String... methods) {
            this.methods = Set.of(methods);
        }

        Set<String> methods() {
            return methods;
        }
    }

    /** A resolved partner path: the endpoint, the tenant in the path and the payment or purchase id, if any. */
    record Match(Kind kind, String tenantId, String id) {
    }

    /** Resolves a path below the API root (no trailing slash); {@code null} when it is no partner endpoint. */
    static Match match(String rest) {
        if (!rest.startsWith("partner/")) {
            return null;
        }
        String[] s = rest.substring("partner/".length()).split("/", -1);
        for (String segment : s) {
            if (segment.isEmpty()) {
                return null;
            }
        }
        if (s.length == 1 && s[0].equals("packages")) {
            return new Match(Kind.PACKAGES, null, null);
        }
        if (s.length == 2 && s[0].equals("pricing") && s[1].equals("calculate")) {
            return new Match(Kind.PRICING, null, null);
        }
        if (s.length < 2 || !s[0].equals("tenants")) {
            return null;
        }
        String tenant = s[1];
        if (s.length == 2) {
            // Django tries tenants/create/ before tenants/<id>/
            return new Match(tenant.equals("create") ? Kind.TENANT_CREATE : Kind.TENANT, tenant, null);
        }
        if (s.length == 4 && s[2].equals("sender-ids")) {
            return switch (s[3]) {
                case "request" -> new Match(Kind.SENDER_ID_REQUEST, tenant, null);
                case "requests" -> new Match(Kind.SENDER_ID_REQUESTS, tenant, null);
                default -> null;
            };
        }
        if (!s[2].equals("payments")) {
            return null;
        }
        if (s.length == 4 && s[3].equals("initiate")) {
            return new Match(Kind.PAYMENT_INITIATE, tenant, null);
        }
        if (s.length == 4 && s[3].equals("history")) {
            return new Match(Kind.HISTORY, tenant, null);
        }
        if (s.length == 5 && s[3].equals("custom") && s[4].equals("initiate")) {
            return new Match(Kind.CUSTOM_INITIATE, tenant, null);
        }
        if (s.length == 5 && s[4].equals("status")) {
            return new Match(Kind.PAYMENT_STATUS, tenant, s[3]);
        }
        if (s.length == 6 && s[3].equals("custom") && s[5].equals("status")) {
            return new Match(Kind.CUSTOM_STATUS, tenant, s[4]);
        }
        return null;
    }

    Reply handle(Match match, ApiRequest request, String apiKey, String host) {
        switch (match.kind()) {
            case TENANT_CREATE:
                return createTenant(ApiHandler.objectBody(request), apiKey);
            case PACKAGES:
                return packages();
            case PRICING:
                return pricing(ApiHandler.objectBody(request));
            default:
                break;
        }
        SandboxState.Tenant tenant = state.tenant(match.tenantId(), apiKey);
        if (tenant == null) {
            // a tenant of another key is as invisible as one that does not exist
            return Reply.json(404, Json.error("Tenant not found", "TENANT_NOT_FOUND"));
        }
        return switch (match.kind()) {
            case TENANT -> wrapped(200, tenant(SandboxState.snapshot(tenant)));
            case SENDER_ID_REQUEST -> requestSenderId(ApiHandler.objectBody(request), apiKey, tenant);
            case SENDER_ID_REQUESTS -> senderIdRequests(request, tenant);
            case PAYMENT_INITIATE -> payForPackage(ApiHandler.objectBody(request), apiKey, tenant);
            case CUSTOM_INITIATE -> payForCredits(ApiHandler.objectBody(request), apiKey, tenant);
            case PAYMENT_STATUS -> found(state.partner().payment(tenant.id, match.id()), "Payment not found",
                    "PAYMENT_NOT_FOUND");
            case CUSTOM_STATUS -> found(state.partner().purchase(tenant.id, match.id()), "Purchase not found",
                    "PURCHASE_NOT_FOUND");
            case HISTORY -> history(request, tenant, host);
            default -> throw new IllegalStateException("unrouted partner endpoint " + match.kind());
        };
    }

    private Reply createTenant(JsonNode body, String apiKey) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String name = ApiHandler.text(body, "tenant_name", errors);
        String email = email(body, "owner_email", errors);
        String ownerName = optionalText(body, "owner_name", errors);
        String phone = optionalText(body, "contact_phone", errors);
        if (phone != null && !E164.matcher(phone).matches()) {
            errors.put("contact_phone", List.of("Enter a valid phone number in E.164 form, e.g. +255614853618."));
        }
        Long credits = wholeNumber(body, "initial_credits", 0, false, errors);
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        SandboxState.Tenant tenant = state.addTenant(apiKey, name, email, ownerName, phone,
                credits == null ? 0 : credits);
        return wrapped(201, tenant(SandboxState.snapshot(tenant)));
    }

    private Reply requestSenderId(JsonNode body, String apiKey, SandboxState.Tenant tenant) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String senderId = ApiHandler.text(body, "sender_id", errors);
        if (senderId != null && !ApiHandler.ALPHA_SENDER.matcher(senderId).matches()
                && !ApiHandler.NUMERIC_SENDER.matcher(senderId).matches()) {
            errors.put("sender_id", List.of("Invalid sender ID '" + senderId + "': use 1 to 11 letters, digits or "
                    + "spaces with at least one letter, or up to 15 digits."));
        }
        String useCase = optionalText(body, "use_case", errors);
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        return wrapped(201, senderIdRequest(state.partner().requestSenderId(apiKey, tenant, senderId, useCase)));
    }

    private Reply senderIdRequests(ApiRequest request, SandboxState.Tenant tenant) {
        String status = emptyToNull(request.query().get("status"));
        if (status != null && !PartnerState.SENDER_ID_STATUSES.contains(status)) {
            return Reply.json(400, Json.fieldErrors(Map.of("status", List.of("Select a valid choice. " + status
                    + " is not one of the available choices: pending, approved, rejected."))));
        }
        ArrayNode list = Json.array();
        state.partner().senderIdRequests(tenant.id, status).forEach(item -> list.add(senderIdRequest(item)));
        return wrapped(200, list);
    }

    private Reply packages() {
        ArrayNode list = Json.array();
        state.partner().packages().forEach(pkg -> list.add(pkg(pkg)));
        return wrapped(200, list);
    }

    static ObjectNode pkg(SandboxPackage pkg) {
        ObjectNode item = Json.object();
        item.put("id", pkg.id());
        item.put("name", pkg.name());
        item.put("credits", pkg.credits());
        number(item, "price", pkg.price());
        item.put("currency", pkg.currency());
        number(item, "unit_price", pkg.unitPrice());
        return item;
    }

    private Reply payForPackage(JsonNode body, String apiKey, SandboxState.Tenant tenant) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String packageId = ApiHandler.text(body, "package_id", errors);
        PartnerState.Buyer buyer = buyer(body, errors);
        SandboxPackage pkg = state.partner().pkg(packageId);
        if (packageId != null && pkg == null) {
            errors.put("package_id", List.of("Package '" + packageId + "' not found."));
        }
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        return wrapped(201, payment(state.partner().payForPackage(apiKey, tenant, pkg, buyer)));
    }

    private Reply payForCredits(JsonNode body, String apiKey, SandboxState.Tenant tenant) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Long credits = wholeNumber(body, "credits", MIN_CUSTOM_CREDITS, true, errors);
        PartnerState.Buyer buyer = buyer(body, errors);
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        return wrapped(201, payment(state.partner().payForCredits(apiKey, tenant, credits, buyer)));
    }

    private static PartnerState.Buyer buyer(JsonNode body, Map<String, List<String>> errors) {
        String email = email(body, "buyer_email", errors);
        String name = ApiHandler.text(body, "buyer_name", errors);
        String phone = ApiHandler.text(body, "buyer_phone", errors);
        if (phone != null && !LOCAL_PHONE.matcher(phone).matches()) {
            errors.put("buyer_phone", List.of("Enter the phone number in local form, e.g. 0614853618; got '" + phone
                    + "'."));
        }
        String provider = ApiHandler.text(body, "mobile_money_provider", errors);
        if (provider != null && !PROVIDERS.contains(provider)) {
            errors.put("mobile_money_provider", List.of("\"" + provider + "\" is not a valid choice. Supported "
                    + "providers: " + String.join(", ", PROVIDERS) + "."));
        }
        return new PartnerState.Buyer(email, name, phone, provider);
    }

    private Reply history(ApiRequest request, SandboxState.Tenant tenant, String host) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String statusText = emptyToNull(request.query().get("status"));
        PaymentState status = null;
        if (statusText != null) {
            // exact, like a Django REST framework ChoiceField
            for (PaymentState candidate : PaymentState.values()) {
                status = candidate.wireName().equals(statusText) ? candidate : status;
            }
            if (status == null) {
                errors.put("status", List.of("Select a valid choice. " + statusText + " is not one of the available "
                        + "choices: pending, completed, failed, cancelled."));
            }
        }
        long limit = ApiHandler.paging(request.query().get("limit"), "limit", DEFAULT_LIMIT, 1, errors);
        long offset = ApiHandler.paging(request.query().get("offset"), "offset", 0, 0, errors);
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        int size = (int) Math.min(limit, MAX_LIMIT);

        List<SandboxPayment> all = state.partner().history(tenant.id, status);
        int from = (int) Math.min(offset, all.size());
        int to = Math.min(all.size(), from + size);
        ArrayNode results = Json.array();
        all.subList(from, to).forEach(payment -> results.add(payment(payment)));

        ObjectNode data = Json.object();
        data.put("count", all.size());
        String base = "http://" + host + Fault.API_ROOT + "partner/tenants/" + tenant.id + "/payments/history/?"
                + (status == null ? "" : "status=" + status.wireName() + "&") + "limit=" + size + "&offset=";
        data.put("next", offset + size < all.size() ? base + (offset + size) : null);
        data.put("previous", offset > 0 ? base + Math.max(0, offset - size) : null);
        data.set("results", results);
        return wrapped(200, data);
    }

    private Reply pricing(JsonNode body) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Long credits = wholeNumber(body, "credits", 1, true, errors);
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        PartnerPricing tier = PartnerPricing.of(credits);
        ObjectNode answer = Json.object();
        answer.put("credits", credits);
        number(answer, "price", tier.price(credits));
        answer.put("currency", PartnerPricing.CURRENCY);
        number(answer, "unit_price", tier.unitPrice());
        answer.put("tier", tier.label());
        return Reply.json(200, answer);
    }

    private static Reply found(SandboxPayment payment, String error, String code) {
        return payment == null ? Reply.json(404, Json.error(error, code)) : wrapped(200, payment(payment));
    }

    private static Reply wrapped(int status, JsonNode data) {
        ObjectNode body = Json.object();
        body.put("success", true);
        body.set("data", data);
        return Reply.json(status, body);
    }

    static ObjectNode tenant(SandboxTenant tenant) {
        ObjectNode data = Json.object();
        data.put("mifumo_account_id", tenant.mifumoAccountId());
        data.put("mifumo_account_id_public", tenant.publicId());
        // tenants use their partner's key and have none of their own
        data.putNull("mifumo_api_key");
        data.put("tenant_name", tenant.name());
        data.put("tenant_id", tenant.tenantId());
        data.put("sms_balance", tenant.balance());
        data.put("owner_email", tenant.ownerEmail());
        data.put("owner_name", tenant.ownerName());
        data.put("contact_phone", tenant.contactPhone());
        data.put("created_at", Json.time(tenant.createdAt()));
        return data;
    }

    static ObjectNode senderIdRequest(SandboxSenderIdRequest request) {
        ObjectNode data = Json.object();
        data.put("request_id", request.requestId());
        data.put("sender_id", request.senderId());
        data.put("use_case", request.useCase());
        data.put("status", request.status());
        // the reference's example shows the tenant's mifumo_account_id here
        data.put("tenant_id", request.tenantAccountId());
        data.put("created_at", Json.time(request.createdAt()));
        return data;
    }

    /** One payment: a superset of the initiate, status and history shapes of the reference. */
    static ObjectNode payment(SandboxPayment payment) {
        ObjectNode data = Json.object();
        data.put("transaction_id", payment.transactionId());
        data.put("purchase_id", payment.purchaseId());
        data.put("payment_type", payment.type());
        data.put("order_id", payment.orderId());
        data.put("package_id", payment.packageId());
        data.put("package_name", payment.packageName());
        data.put("credits", payment.credits());
        number(data, "amount", payment.amount());
        data.put("currency", payment.currency());
        number(data, "unit_price", payment.unitPrice());
        data.put("tier", payment.tier());
        data.put("status", payment.status().wireName());
        data.put("mobile_money_provider", payment.provider());
        data.put("credits_added", payment.creditsAdded());
        data.put("created_at", Json.time(payment.createdAt()));
        data.put("updated_at", Json.time(payment.updatedAt()));
        data.put("completed_at", Json.time(payment.completedAt()));
        return data;
    }

    /**
     * A money amount as the reference writes it: a whole amount as an integer ({@code 18000}), a unit price with its
     * two decimals ({@code 18.00}). The node is built directly, since Jackson's node factory would strip the zeros.
     */
    static void number(ObjectNode node, String field, BigDecimal value) {
        if (value.scale() <= 0) {
            node.put(field, value.longValueExact());
        } else {
            node.set(field, DecimalNode.valueOf(value));
        }
    }

    private static String optionalText(JsonNode body, String field, Map<String, List<String>> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() && !node.isNumber()) {
            errors.put(field, List.of("Not a valid string."));
            return null;
        }
        return emptyToNull(node.asText());
    }

    private static String email(JsonNode body, String field, Map<String, List<String>> errors) {
        String email = ApiHandler.text(body, field, errors);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.put(field, List.of("Enter a valid email address."));
            return null;
        }
        return email;
    }

    /** A whole number, given as a JSON integer or as digits in a string (as Django REST framework accepts). */
    private static Long wholeNumber(JsonNode body, String field, long min, boolean required,
            Map<String, List<String>> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                errors.put(field, List.of(node == null ? "This field is required." : "This field may not be null."));
            }
            return null;
        }
        Long value = null;
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            value = node.longValue();
        } else if (node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0) {
            value = node.decimalValue().longValue();
        } else if (node.isTextual() && node.asText().strip().matches("-?[0-9]{1,18}")) {
            value = Long.parseLong(node.asText().strip());
        }
        if (value == null) {
            errors.put(field, List.of("A valid integer is required."));
            return null;
        }
        if (value < min) {
            errors.put(field, List.of("Ensure this value is greater than or equal to " + min + "."));
            return null;
        }
        return value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
