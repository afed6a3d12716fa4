package io.mifumo.camel.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A received request in the form the handlers need.
 *
 * @param method  upper-case HTTP method
 * @param path    decoded path without the query
 * @param query   decoded query parameters; a repeated name keeps its last value, as Django's {@code QueryDict.get}
 * @param headers request headers, names compared ignoring case
 * @param body    raw body, empty if none
 */
record ApiRequest(String method, String path, Map<String, String> query, Map<String, List<String>> headers,
        byte[] body) {

    String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(decode(name), decode(value));
        }
        return query;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a broken %-escape is kept as typed, so validation can name the value the client sent
            return text;
        }
    }
}
