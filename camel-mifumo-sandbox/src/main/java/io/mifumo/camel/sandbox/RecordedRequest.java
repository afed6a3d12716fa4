package io.mifumo.camel.sandbox;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request the sandbox received on the API (admin requests are not recorded).
 *
 * @param method  HTTP method, upper case
 * @param path    raw path including the query string, e.g. {@code /api/integration/v1/sms/delivery-reports/?limit=2}
 * @param headers request headers; lookups ignore the case of the name
 * @param body    request body decoded as UTF-8, empty if none
 * @param time    when the request arrived
 * @param status  HTTP status the sandbox answered (or was about to answer) with; 0 when it dropped the connection
 */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers, String body, Instant time,
        int status) {

    public RecordedRequest {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
    }

    /** First value of a header, ignoring the case of its name, or {@code null} if absent. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The path without its query string. */
    public String pathWithoutQuery() {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
