package io.mifumo.camel.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code multipart/form-data} body (RFC 7578) split into its parts, as Django's MultiPartParser reads it: a part is
 * a file when its Content-Disposition names a {@code filename}, else a plain field.
 */
final class MultipartForm {

    /** One part: its field name, the file name (null for a plain field), its content type and its bytes. */
    record Part(String name, String fileName, String contentType, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final Map<String, Part> parts;

    private MultipartForm(Map<String, Part> parts) {
        this.parts = parts;
    }

    Part part(String name) {
        return parts.get(name);
    }

    /**
     * Parses the body, or throws {@link IllegalArgumentException} saying what is wrong with it.
     *
     * @param contentType the request's Content-Type, which must be multipart/form-data with a boundary
     */
    static MultipartForm parse(String contentType, byte[] body) {
        String boundary = boundary(contentType);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, Part> parts = new LinkedHashMap<>();

        int position = indexOf(body, delimiter, 0);
        if (position < 0) {
            throw new IllegalArgumentException("Multipart form parse error - Invalid boundary in multipart: None");
        }
        while (true) {
            int after = position + delimiter.length;
            if (after + 1 < body.length && body[after] == '-' && body[after + 1] == '-') {
                break;
            }
            int headersStart = skipLineBreak(body, after);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                throw new IllegalArgumentException("Multipart form parse error - a part has no header end");
            }
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headersEnd + 4);
            if (next < 0) {
                throw new IllegalArgumentException("Multipart form parse error - the closing boundary is missing");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            Part part = part(headers, Arrays.copyOfRange(body, headersEnd + 4, next));
            if (part != null) {
                parts.putIfAbsent(part.name(), part);
            }
            position = next + 2;
        }
        return new MultipartForm(parts);
    }

    private static String boundary(String contentType) {
        String media = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("multipart/form-data")) {
            throw new IllegalArgumentException("Unsupported media type \"" + (contentType == null ? "" : contentType)
                    + "\" in request.");
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("boundary")) {
                String value = pair[1].strip();
                if (value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        throw new IllegalArgumentException("Multipart form parse error - Invalid boundary in multipart: None");
    }

    private static Part part(String headerBlock, byte[] content) {
        String name = null;
        String fileName = null;
        String type = null;
        for (String line : headerBlock.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (header.equals("content-disposition")) {
                Map<String, String> parameters = parameters(value);
                name = parameters.get("name");
                fileName = parameters.get("filename");
            } else if (header.equals("content-type")) {
                type = value;
            }
        }
        return name == null ? null : new Part(name, fileName, type, content);
    }

    /** The parameters of a Content-Disposition value; quoted values may hold ';' and escaped quotes. */
    private static Map<String, String> parameters(String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && quoted && i + 1 < value.length()) {
                current.append(value.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                items.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        items.add(current.toString());
        for (String item : items) {
            int eq = item.indexOf('=');
            if (eq > 0) {
                parameters.put(item.substring(0, eq).strip().toLowerCase(Locale.ROOT), item.substring(eq + 1).strip());
            }
        }
        return parameters;
    }

    private static int skipLineBreak(byte[] body, int from) {
        int position = from;
        if (position < body.length && body[position] == '\r') {
            position++;
        }
        if (position < body.length && body[position] == '\n') {
            position++;
        }
        return position;
    }

    private static int indexOf(byte[] body, byte[] target, int from) {
        outer:
        for (int i = Math.max(0, from); i <= body.length - target.length; i++) {
            for (int j = 0; j < target.length; j++) {
                if (body[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
