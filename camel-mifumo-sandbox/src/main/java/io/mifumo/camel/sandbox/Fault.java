package io.mifumo.camel.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A scripted misbehaviour for the next matching request(s), queued with {@link MifumoSandbox#enqueueFault(Fault)}.
 *
 * <p>A fault is an immutable value; each {@code with} style method returns a changed copy. By default it matches
 * any request to the API (never the {@code /__sandbox/} admin endpoints), is used once, replaces normal handling
 * (no authentication, no rate-limit count, no state change) and answers at once. Examples:
 *
 * <pre>{@code
 * sandbox.enqueueFault(Fault.html(502, "<html>Bad gateway</html>").on("POST", "sms/send"));
 * sandbox.enqueueFault(Fault.dropConnection().afterHandling());        // POST is processed, answer lost
 * sandbox.enqueueFault(Fault.delayed(Duration.ofSeconds(3)));          // real answer, but late
 * sandbox.enqueueFault(Fault.throttled(1).times(2));
 * }</pre>
 *
 * <p>A path prefix that does not start with {@code /} is relative to {@code /api/integration/v1/}, so
 * {@code "sms/send"} matches {@code /api/integration/v1/sms/send/}.
 */
public final class Fault {

    /** What the server does instead of (or after) normal handling. */
    enum Action {
        /** Send the fault's own status, headers and body. */
        RESPOND,
        /** Close the connection without sending anything. */
        DROP,
        /** Send the real answer, only later. */
        REAL
    }

    static final String API_ROOT = "/api/integration/v1/";

    private final Action action;
    private final int status;
    private final String contentType;
    private final String body;
    private final List<Map.Entry<String, String>> headers;
    private final Duration delay;
    private final String method;
    private final String pathPrefix;
    private final int times;
    private final boolean afterHandling;
    private final int truncateAt;

    private Fault(Action action, int status, String contentType, String body, List<Map.Entry<String, String>> headers,
            Duration delay, String method, String pathPrefix, int times, boolean afterHandling, int truncateAt) {
        this.action = action;
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.headers = List.copyOf(headers);
        this.delay = delay;
        this.method = method;
        this.pathPrefix = pathPrefix;
        this.times = times;
        this.afterHandling = afterHandling;
        this.truncateAt = truncateAt;
    }

    /** Answers with {@code status}, no body and no content type; add them with {@link #body} and friends. */
    public static Fault respond(int status) {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("HTTP status must have three digits: " + status);
        }
        return new Fault(Action.RESPOND, status, null, "", List.of(), Duration.ZERO, null, null, 1, false, -1);
    }

    /** Answers with {@code status} and the given text (which need not be valid JSON) as {@code application/json}. */
    public static Fault json(int status, String json) {
        return respond(status).contentType("application/json").body(json);
    }

    /** Answers with {@code status} and an HTML page, as a proxy or load balancer in front of the API would. */
    public static Fault html(int status, String html) {
        return respond(status).contentType("text/html; charset=utf-8").body(html);
    }

    /** Answers 429 with {@code Retry-After: seconds} and the throttling body of Django REST framework. */
    public static Fault throttled(int retryAfterSeconds) {
        return json(429, "{\"detail\":\"Request was throttled. Expected available in " + retryAfterSeconds
                + " seconds.\"}").header("Retry-After", Integer.toString(retryAfterSeconds));
    }

    /** Closes the connection without an answer; the client sees an end of stream or a reset. */
    public static Fault dropConnection() {
        return new Fault(Action.DROP, 0, null, "", List.of(), Duration.ZERO, null, null, 1, false, -1);
    }

    /**
     * Handles the request normally (state changes happen at once) but holds the real answer back for
     * {@code delay}: a client with a shorter read timeout gives up on a request that did take effect.
     */
    public static Fault delayed(Duration delay) {
        return new Fault(Action.REAL, 0, null, "", List.of(), Duration.ZERO, null, null, 1, true, -1).delay(delay);
    }

    /** Sets the body text, sent as UTF-8. */
    public Fault body(String newBody) {
        requireRespond("body");
        return copy(contentType, newBody == null ? "" : newBody, headers, delay, method, pathPrefix, times,
                afterHandling, truncateAt);
    }

    /** Sets the {@code Content-Type} header; {@code null} sends none. */
    public Fault contentType(String newContentType) {
        requireRespond("contentType");
        return copy(newContentType, body, headers, delay, method, pathPrefix, times, afterHandling, truncateAt);
    }

    /** Adds a response header; call again to add more, or the same name twice for two values. */
    public Fault header(String name, String value) {
        requireRespond("header");
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
        return copy(contentType, body, more, delay, method, pathPrefix, times, afterHandling, truncateAt);
    }

    /** Waits this long before answering (or dropping the connection), holding one server thread meanwhile. */
    public Fault delay(Duration newDelay) {
        if (newDelay == null || newDelay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive: " + newDelay);
        }
        return copy(contentType, body, headers, newDelay, method, pathPrefix, times, afterHandling, truncateAt);
    }

    /**
     * Matches only requests with this method (ignoring case; {@code null} = any) whose path starts with
     * {@code prefix} ({@code null} = any; relative prefixes are under {@code /api/integration/v1/}).
     */
    public Fault on(String newMethod, String prefix) {
        String normalisedMethod = newMethod == null ? null : newMethod.toUpperCase(Locale.ROOT);
        return copy(contentType, body, headers, delay, normalisedMethod, absolutePrefix(prefix), times, afterHandling,
                truncateAt);
    }

    /** Applies to the next {@code n} matching requests instead of only the next one. */
    public Fault times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + n);
        }
        return copy(contentType, body, headers, delay, method, pathPrefix, n, afterHandling, truncateAt);
    }

    /**
     * Runs the real handler first, so the request takes effect (credits charged, message stored), and then sends
     * this fault's answer instead of the real one: the request reached the server but its answer was lost.
     */
    public Fault afterHandling() {
        return copy(contentType, body, headers, delay, method, pathPrefix, times, true, truncateAt);
    }

    /**
     * Announces the full body length but sends only its first {@code bytes} bytes and then closes the connection,
     * so the client sees the answer cut off in the middle.
     */
    public Fault truncateAt(int bytes) {
        requireRespond("truncateAt");
        if (bytes < 0 || bytes >= body.getBytes(StandardCharsets.UTF_8).length) {
            throw new IllegalArgumentException("truncateAt must be below the body length; set the body first");
        }
        return copy(contentType, body, headers, delay, method, pathPrefix, times, afterHandling, bytes);
    }

    Action action() {
        return action;
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    String body() {
        return body;
    }

    List<Map.Entry<String, String>> headers() {
        return headers;
    }

    Duration delayValue() {
        return delay;
    }

    int timesValue() {
        return times;
    }

    boolean handlesFirst() {
        return afterHandling;
    }

    int truncateAtValue() {
        return truncateAt;
    }

    boolean matches(String requestMethod, String path) {
        return (method == null || method.equalsIgnoreCase(requestMethod))
                && (pathPrefix == null || path.startsWith(pathPrefix));
    }

    /** Turns a prefix relative to the integration API into an absolute path prefix; {@code null} stays null. */
    static String absolutePrefix(String prefix) {
        if (prefix == null || prefix.startsWith("/")) {
            return prefix;
        }
        return API_ROOT + prefix;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Fault[");
        text.append(action == Action.RESPOND ? "respond " + status : action.name().toLowerCase(Locale.ROOT));
        text.append(" on ").append(method == null ? "*" : method).append(' ')
                .append(pathPrefix == null ? "*" : pathPrefix + "*");
        if (times != 1) {
            text.append(" x").append(times);
        }
        if (afterHandling) {
            text.append(", after handling");
        }
        if (!delay.isZero()) {
            text.append(", delay ").append(delay.toMillis()).append(" ms");
        }
        if (truncateAt >= 0) {
            text.append(", truncated at ").append(truncateAt);
        }
        return text.append(']').toString();
    }

    private void requireRespond(String what) {
        if (action != Action.RESPOND) {
            throw new IllegalStateException(what + " applies only to a fault made with respond, json, html or "
                    + "throttled, not to " + action.name().toLowerCase(Locale.ROOT));
        }
    }

    private Fault copy(String newContentType, String newBody, List<Map.Entry<String, String>> newHeaders,
            Duration newDelay, String newMethod, String newPrefix, int newTimes, boolean newAfterHandling,
            int newTruncateAt) {
        return new Fault(action, status, newContentType, newBody, newHeaders, newDelay, newMethod, newPrefix, newTimes,
                newAfterHandling, newTruncateAt);
    }
}
