import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Build step of camel-mifumo-starter (run by exec-maven-plugin with the module's compile classpath, as a Java
 * source-file program): turns the componentProperties of the component JSON into Spring Boot's
 * additional-spring-configuration-metadata.json, which the configuration processor merges into the starter's
 * spring-configuration-metadata.json. Usage: java -cp CLASSPATH SpringMetadataFromComponentJson.java OUTPUT_FILE
 */
public final class SpringMetadataFromComponentJson {

    static final String COMPONENT_JSON = "META-INF/io/mifumo/camel/component/mifumo.json";
    static final String PREFIX = "camel.component.mifumo.";
    static final String SOURCE_TYPE = "io.mifumo.camel.springboot.MifumoComponentConfiguration";
    static final Map<String, String> BOXED = Map.of("int", "java.lang.Integer", "long", "java.lang.Long",
            "boolean", "java.lang.Boolean", "double", "java.lang.Double", "float", "java.lang.Float",
            "short", "java.lang.Short", "byte", "java.lang.Byte", "char", "java.lang.Character");

    private SpringMetadataFromComponentJson() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode component;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(COMPONENT_JSON)) {
            if (in == null) {
                throw new IllegalStateException(COMPONENT_JSON + " is not on the classpath: build the component first");
            }
            component = mapper.readTree(in);
        }

        ObjectNode metadata = mapper.createObjectNode();
        ArrayNode properties = metadata.putArray("properties");
        ArrayNode hints = metadata.putArray("hints");
        for (Map.Entry<String, JsonNode> option : component.path("componentProperties").properties()) {
            JsonNode json = option.getValue();
            String name = PREFIX + kebab(option.getKey());
            String javaType = json.path("javaType").asText();

            ObjectNode property = properties.addObject();
            property.put("name", name);
            property.put("type", BOXED.getOrDefault(javaType, javaType));
            property.put("description", json.path("description").asText());
            property.put("sourceType", SOURCE_TYPE);
            if (json.has("defaultValue")) {
                property.set("defaultValue", json.get("defaultValue"));
            }
            if (json.path("deprecated").asBoolean()) {
                property.putObject("deprecation").put("level", "warning");
            }
            if (json.has("enum")) {
                ObjectNode hint = hints.addObject();
                hint.put("name", name);
                ArrayNode values = hint.putArray("values");
                json.get("enum").forEach(value -> values.addObject().put("value", value.asText()));
            }
        }

        // the auto-configuration's own switch; its getter comes from Camel's base class, which has no javadoc
        ObjectNode customizer = properties.addObject();
        customizer.put("name", PREFIX + "customizer.enabled");
        customizer.put("type", "java.lang.Boolean");
        customizer.put("description", "Whether Camel applies the camel.component.mifumo.* options to the component"
                                      + " when it creates it. Enabled by default; camel.component.customizer.enabled"
                                      + " switches it for every component.");
        customizer.put("sourceType", SOURCE_TYPE);

        Path output = Path.of(args[0]);
        Files.createDirectories(output.getParent());
        mapper.writeValue(output.toFile(), metadata);
        System.out.println("Spring metadata for " + properties.size() + " mifumo component options: " + output);
    }

    /** apiKey becomes api-key, the form Spring Boot documents properties in. */
    static String kebab(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
