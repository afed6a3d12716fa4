package io.mifumo.camel.component.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.mifumo.camel.component.operation.MifumoOperation;

/**
 * Renders the AsciiDoc tables of the reference page from the component JSON, in the layout of Camel's component
 * pages: component options, endpoint path and query options, message headers, and the operations.
 */
final class DocsTables {

    private DocsTables() {
    }

    static String render(JsonNode json) {
        StringBuilder out = new StringBuilder();
        String title = json.path("component").path("title").asText();
        out.append("// Generated from the component JSON by ComponentDocsTest: do not edit by hand.\n\n");

        out.append("=== Operations\n\n");
        out.append("The operation is the path of the API call (`mifumo:sms/send`):\n\n");
        out.append("[width=\"100%\",cols=\"3,2,6\",options=\"header\"]\n|===\n| Operation | Method | API path\n");
        for (JsonNode name : json.path("properties").path("operation").path("enum")) {
            MifumoOperation operation = MifumoOperation.fromUriName(name.asText());
            out.append("| `").append(operation.uriName()).append("` | ").append(operation.method())
                    .append(" | `").append(operation.pathTemplate()).append("`\n");
        }
        out.append("|===\n\n");

        List<Map.Entry<String, JsonNode>> component = entries(json.path("componentProperties"));
        out.append("=== Component Options\n\n");
        out.append("The ").append(title).append(" component supports ").append(component.size())
                .append(" options, which are listed below.\n\n");
        options(out, component);

        List<Map.Entry<String, JsonNode>> path = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> query = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : entries(json.path("properties"))) {
            ("path".equals(entry.getValue().path("kind").asText()) ? path : query).add(entry);
        }
        out.append("=== Endpoint Options\n\n");
        out.append("The ").append(title).append(" endpoint is configured using URI syntax:\n\n----\n")
                .append(json.path("component").path("syntax").asText()).append("\n----\n\n");
        out.append("==== Path Parameters (").append(path.size()).append(" parameters)\n\n");
        options(out, path);
        out.append("==== Query Parameters (").append(query.size()).append(" parameters)\n\n");
        options(out, query);

        List<Map.Entry<String, JsonNode>> headers = entries(json.path("headers"));
        out.append("=== Message Headers\n\n");
        out.append("The ").append(title).append(" component supports ").append(headers.size())
                .append(" message headers, which are listed below.\n\n");
        out.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n")
                .append("| Name | Description | Default | Type\n");
        for (Map.Entry<String, JsonNode> header : headers) {
            JsonNode h = header.getValue();
            out.append("| *").append(header.getKey()).append("* ").append(group(h)).append("\n")
                    .append("Constant: `").append(constant(h)).append("`\n")
                    .append("| ").append(cell(h.path("description").asText()))
                    .append(" | ").append(cell(defaultValue(h)))
                    .append(" | ").append(cell(type(h))).append("\n");
        }
        out.append("|===\n");
        return out.toString();
    }

    private static void options(StringBuilder out, List<Map.Entry<String, JsonNode>> options) {
        out.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n")
                .append("| Name | Description | Default | Type\n");
        for (Map.Entry<String, JsonNode> option : options) {
            JsonNode o = option.getValue();
            String description = o.path("description").asText();
            if (o.has("enum")) {
                List<String> values = new ArrayList<>();
                o.get("enum").forEach(v -> values.add(v.asText()));
                description += " Values: " + String.join(", ", values) + ".";
            }
            if (o.path("required").asBoolean()) {
                description = "*Required* " + description;
            }
            if (o.path("secret").asBoolean()) {
                description += " (secret: masked in logs and URIs)";
            }
            out.append("| *").append(option.getKey()).append("* ").append(group(o)).append(" | ")
                    .append(cell(description)).append(" | ").append(cell(defaultValue(o))).append(" | ")
                    .append(cell(type(o))).append("\n");
        }
        out.append("|===\n\n");
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode node) {
        return new ArrayList<>(node.properties());
    }

    private static String group(JsonNode option) {
        String group = option.path("group").asText();
        return group.isEmpty() ? "" : "(" + group + ")";
    }

    private static String constant(JsonNode header) {
        String name = header.path("constantName").asText();
        int hash = name.lastIndexOf('#');
        int dot = name.lastIndexOf('.', hash);
        return hash < 0 ? name : name.substring(dot + 1).replace('#', '.');
    }

    private static String defaultValue(JsonNode option) {
        return option.has("defaultValue") ? option.get("defaultValue").asText() : "";
    }

    private static String type(JsonNode option) {
        String javaType = option.path("javaType").asText();
        int dot = javaType.lastIndexOf('.');
        return dot < 0 ? javaType : javaType.substring(dot + 1);
    }

    /** A table cell: a pipe would end the cell, so it is escaped. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
