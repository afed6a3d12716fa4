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
    SMS_DELIVERY_REPORTS("sms/delivery-reports", "GET", "/api/integration/v1/sms/delivery-reports/");

    /** The operation names as the endpoint URI writes them, for the component metadata. */
    public static final String NAMES = "sms/send,sms/status,sms/balance,sms/delivery-reports";

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([a-z_]+)}");

    private final String uriName;
    private final String method;
    private final String pathTemplate;

    MifumoOperation(String uriName, String method, String pathTemplate) {
        this.uriName = uriName;
        this.method = method;
        this.pathTemplate = pathTemplate;
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

    /**
     * Whether repeating the request has no further effect (GET). Unsafe requests (sends, payments, creations) are
     * never repeated once they may have reached the server.
     */
    public boolean isSafe() {
        return "GET".equals(method);
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
