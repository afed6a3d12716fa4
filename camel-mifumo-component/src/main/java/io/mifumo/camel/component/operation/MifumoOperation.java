package io.mifumo.camel.component.operation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The table of mifumo: operations: each maps to one HTTP method and path of the Mifumo API.
 */
public enum MifumoOperation {

    SMS_SEND("sms/send", "POST", "/api/integration/v1/sms/send/"),
    SMS_STATUS("sms/status", "GET", "/api/integration/v1/sms/status/{message_id}/"),
    SMS_BALANCE("sms/balance", "GET", "/api/integration/v1/sms/balance/"),
    SMS_DELIVERY_REPORTS("sms/delivery-reports", "GET", "/api/integration/v1/sms/delivery-reports/"),

    PARTNER_TENANTS_CREATE("partner/tenants/create", "POST", "/api/integration/v1/partner/tenants/create/"),
    PARTNER_TENANTS_GET("partner/tenants/get", "GET", "/api/integration/v1/partner/tenants/{tenant_id}/"),
    PARTNER_SENDER_IDS_REQUEST("partner/sender-ids/request", "POST",
            "/api/integration/v1/partner/tenants/{tenant_id}/sender-ids/request/"),
    PARTNER_SENDER_IDS_REQUESTS("partner/sender-ids/requests", "GET",
            "/api/integration/v1/partner/tenants/{tenant_id}/sender-ids/requests/"),
    PARTNER_PACKAGES("partner/packages", "GET", "/api/integration/v1/partner/packages/"),
    PARTNER_PAYMENTS_INITIATE("partner/payments/initiate", "POST",
            "/api/integration/v1/partner/tenants/{tenant_id}/payments/initiate/"),
    PARTNER_PAYMENTS_STATUS("partner/payments/status", "GET",
            "/api/integration/v1/partner/tenants/{tenant_id}/payments/{transaction_id}/status/"),
    PARTNER_PAYMENTS_CUSTOM_INITIATE("partner/payments/custom/initiate", "POST",
            "/api/integration/v1/partner/tenants/{tenant_id}/payments/custom/initiate/"),
    PARTNER_PAYMENTS_CUSTOM_STATUS("partner/payments/custom/status", "GET",
            "/api/integration/v1/partner/tenants/{tenant_id}/payments/custom/{purchase_id}/status/"),
    PARTNER_PAYMENTS_HISTORY("partner/payments/history", "GET",
            "/api/integration/v1/partner/tenants/{tenant_id}/payments/history/"),
    // a POST that only computes a price: repeating it changes nothing
    PARTNER_PRICING_CALCULATE("partner/pricing/calculate", "POST", "/api/integration/v1/partner/pricing/calculate/",
            true),
    // the web application's messaging API, with a JWT from /api/auth/ instead of the API key
    CONTACTS_LIST("contacts/list", "GET", "/api/messaging/contacts/", Auth.JWT),
    CONTACTS_CREATE("contacts/create", "POST", "/api/messaging/contacts/", Auth.JWT),
    CONTACTS_GET("contacts/get", "GET", "/api/messaging/contacts/{contact_id}/", Auth.JWT),
    CONTACTS_UPDATE("contacts/update", "PUT", "/api/messaging/contacts/{contact_id}/", Auth.JWT),
    CONTACTS_DELETE("contacts/delete", "DELETE", "/api/messaging/contacts/{contact_id}/", Auth.JWT),
    CONTACTS_IMPORT("contacts/import", "POST", "/api/messaging/contacts/bulk-import/", Auth.JWT),
    CONTACTS_BULK_DELETE("contacts/bulk-delete", "POST", "/api/messaging/contacts/bulk-delete/", Auth.JWT),
    CONTACTS_OPT_IN("contacts/opt-in", "POST", "/api/messaging/contacts/{contact_id}/opt-in/", Auth.JWT),
    CONTACTS_OPT_OUT("contacts/opt-out", "POST", "/api/messaging/contacts/{contact_id}/opt-out/", Auth.JWT),
    TEMPLATES_LIST("templates/list", "GET", "/api/messaging/templates/", Auth.JWT),
    TEMPLATES_CREATE("templates/create", "POST", "/api/messaging/templates/", Auth.JWT),
    TEMPLATES_GET("templates/get", "GET", "/api/messaging/templates/{template_id}/", Auth.JWT),
    TEMPLATES_UPDATE("templates/update", "PUT", "/api/messaging/templates/{template_id}/", Auth.JWT),
    TEMPLATES_DELETE("templates/delete", "DELETE", "/api/messaging/templates/{template_id}/", Auth.JWT),
    TEMPLATES_TOGGLE_FAVORITE("templates/toggle-favorite", "POST",
            "/api/messaging/templates/{template_id}/toggle-favorite/", Auth.JWT),
    TEMPLATES_VARIABLES("templates/variables", "GET", "/api/messaging/templates/{template_id}/variables/", Auth.JWT),
    CAMPAIGNS_LIST("campaigns/list", "GET", "/api/messaging/campaigns/", Auth.JWT),
    CAMPAIGNS_CREATE("campaigns/create", "POST", "/api/messaging/campaigns/", Auth.JWT),
    CAMPAIGNS_GET("campaigns/get", "GET", "/api/messaging/campaigns/{campaign_id}/", Auth.JWT),
    CAMPAIGNS_START("campaigns/start", "POST", "/api/messaging/campaigns/{campaign_id}/start/", Auth.JWT),
    CAMPAIGNS_PAUSE("campaigns/pause", "POST", "/api/messaging/campaigns/{campaign_id}/pause/", Auth.JWT),
    CAMPAIGNS_CANCEL("campaigns/cancel", "POST", "/api/messaging/campaigns/{campaign_id}/cancel/", Auth.JWT),
    CAMPAIGNS_ANALYTICS("campaigns/analytics", "GET", "/api/messaging/campaigns/{campaign_id}/analytics/", Auth.JWT),
    CAMPAIGNS_DUPLICATE("campaigns/duplicate", "POST", "/api/messaging/campaigns/{campaign_id}/duplicate/", Auth.JWT),
    SENDER_IDS_LIST("sender-ids/list", "GET", "/api/messaging/sender-ids/", Auth.JWT),
    SENDER_IDS_REQUEST("sender-ids/request", "POST", "/api/messaging/sender-ids/request/", Auth.JWT),
    SENDER_IDS_STATUS("sender-ids/status", "GET", "/api/messaging/sender-ids/{sender_id}/status/", Auth.JWT),
    SMS_QUICK("sms/quick", "POST", "/api/messaging/sms/quick/", Auth.JWT),
    SMS_STATS("sms/stats", "GET", "/api/messaging/sms/stats/", Auth.JWT),
    SMS_VALIDATE_PHONE("sms/validate-phone", "POST", "/api/messaging/sms/validate-phone/", Auth.JWT);

    /** The operation names as the endpoint URI writes them, for the component metadata. */
    public static final String NAMES = "sms/send,sms/status,sms/balance,sms/delivery-reports,"
                                       + "partner/tenants/create,partner/tenants/get,partner/sender-ids/request,"
                                       + "partner/sender-ids/requests,partner/packages,partner/payments/initiate,"
                                       + "partner/payments/status,partner/payments/custom/initiate,"
                                       + "partner/payments/custom/status,partner/payments/history,"
                                       + "partner/pricing/calculate,"
                                       + "contacts/list,contacts/create,contacts/get,contacts/update,contacts/delete,"
                                       + "contacts/import,contacts/bulk-delete,contacts/opt-in,contacts/opt-out,"
                                       + "templates/list,templates/create,templates/get,templates/update,"
                                       + "templates/delete,templates/toggle-favorite,templates/variables,"
                                       + "campaigns/list,campaigns/create,campaigns/get,campaigns/start,"
                                       + "campaigns/pause,campaigns/cancel,campaigns/analytics,campaigns/duplicate,"
                                       + "sender-ids/list,sender-ids/request,sender-ids/status,"
                                       + "sms/quick,sms/stats,sms/validate-phone";

    /** How an operation authenticates. */
    public enum Auth {
        /** The integration API's key ({@code apiKey}). */
        API_KEY,
        /** A JWT access token of the web application ({@code email} and {@code password}, or {@code accessToken}). */
        JWT
    }

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([a-z_]+)}");

    private final String uriName;
    private final String method;
    private final String pathTemplate;
    private final boolean safe;
    private final Auth auth;

    MifumoOperation(String uriName, String method, String pathTemplate) {
        this(uriName, method, pathTemplate, "GET".equals(method), Auth.API_KEY);
    }

    MifumoOperation(String uriName, String method, String pathTemplate, boolean safe) {
        this(uriName, method, pathTemplate, safe, Auth.API_KEY);
    }

    MifumoOperation(String uriName, String method, String pathTemplate, Auth auth) {
        this(uriName, method, pathTemplate, "GET".equals(method), auth);
    }

    MifumoOperation(String uriName, String method, String pathTemplate, boolean safe, Auth auth) {
        this.uriName = uriName;
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.safe = safe;
        this.auth = auth;
    }

    /**
     * Finds the operation for the path part of a mifumo: URI.
     *
     * @throws IllegalArgumentException naming the unknown operation and listing the known ones
     */
    public static MifumoOperation fromUriName(String name) {
        String wanted = name == null ? "" : name.strip();
        while (wanted.startsWith("/")) {
            wanted = wanted.substring(1);
        }
        while (wanted.endsWith("/")) {
            wanted = wanted.substring(0, wanted.length() - 1);
        }
        for (MifumoOperation operation : values()) {
            if (operation.uriName.equals(wanted)) {
                return operation;
            }
        }
        String known = Arrays.stream(values()).map(MifumoOperation::uriName).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("Unknown mifumo operation '" + name + "'. Supported operations: " + known);
    }

    public String uriName() {
        return uriName;
    }

    public String method() {
        return method;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    /** Whether the operation takes the API key or a JWT access token. */
    public Auth auth() {
        return auth;
    }

    /**
     * Whether repeating the request has no further effect (GET, and POSTs that only compute, such as pricing). Unsafe
     * requests (sends, payments, creations) are never repeated once they may have reached the server.
     */
    public boolean isSafe() {
        return safe;
    }

    /**
     * The path with its {parameters} filled in, each URL-encoded as one path segment.
     *
     * @throws IllegalArgumentException when a parameter has no value
     */
    public String expandPath(Map<String, String> parameters) {
        Matcher matcher = PATH_PARAMETER.matcher(pathTemplate);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = parameters.get(matcher.group(1));
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("missing " + matcher.group(1) + " for " + uriName);
            }
            // dots too, so that an id of ".." cannot climb the path on a server or proxy that normalises it
            String encoded = URLEncoder.encode(value.strip(), StandardCharsets.UTF_8).replace("+", "%20")
                    .replace(".", "%2E");
            matcher.appendReplacement(path, Matcher.quoteReplacement(encoded));
        }
        matcher.appendTail(path);
        return path.toString();
    }
}
