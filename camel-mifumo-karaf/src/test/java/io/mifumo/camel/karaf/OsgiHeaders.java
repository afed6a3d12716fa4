package io.mifumo.camel.karaf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads OSGi manifest headers such as Import-Package: clauses separated by commas, each a name followed by
 * attributes (a=v) and directives (d:=v), with quoted values that may hold commas.
 */
final class OsgiHeaders {

    private OsgiHeaders() {
    }

    /** One clause: the package (or path) and its attributes and directives, directives keyed with ":=". */
    record Clause(String name, Map<String, String> parameters) {

        String attribute(String key) {
            return parameters.get(key);
        }

        String directive(String key) {
            return parameters.get(key + ":");
        }
    }

    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            Map<String, String> parameters = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (String part : parts) {
                int directive = part.indexOf(":=");
                int attribute = part.indexOf('=');
                if (directive > 0 && directive < attribute + 1) {
                    parameters.put(part.substring(0, directive).strip() + ":", unquote(part.substring(directive + 2)));
                } else if (attribute > 0) {
                    parameters.put(part.substring(0, attribute).strip(), unquote(part.substring(attribute + 1)));
                } else {
                    names.add(part.strip());
                }
            }
            // several names may share one set of parameters: a;b;version=1
            for (String name : names) {
                clauses.add(new Clause(name, parameters));
            }
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
