package io.mifumo.camel.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mifumo.camel.component.MifumoComponent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Reads the camel.component.mifumo.* properties into component option names, with the option list taken from the
 * component JSON the component build generated.
 * <p>
 * Keys may be written in any of Spring's relaxed forms: {@code api-key}, {@code apiKey}, or the environment variable
 * {@code CAMEL_COMPONENT_MIFUMO_API_KEY}. A key that names no option fails, naming the known options, so a typo does
 * not pass silently.
 */
final class MifumoComponentOptions {

    static final String COMPONENT_JSON = "/META-INF/io/mifumo/camel/component/mifumo.json";

    /** Keys of the auto-configuration itself, not options of the component. */
    private static final List<String> OWN_KEYS = List.of("enabled", "customizer");

    private MifumoComponentOptions() {
    }

    /** The component's option names, from the component JSON, in the JSON's order. */
    static List<String> optionNames() {
        try (InputStream in = MifumoComponent.class.getResourceAsStream(COMPONENT_JSON)) {
            if (in == null) {
                throw new IllegalStateException("No " + COMPONENT_JSON + " next to " + MifumoComponent.class);
            }
            JsonNode properties = new ObjectMapper().readTree(in).path("componentProperties");
            List<String> names = new ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMPONENT_JSON, e);
        }
    }

    /**
     * The options set under the prefix, keyed by option name, with their values as Spring resolved them.
     *
     * @throws IllegalArgumentException naming every key that is not an option of the component
     */
    static Map<String, Object> read(Environment environment) {
        Map<String, String> byCanonicalName = new TreeMap<>();
        for (String name : optionNames()) {
            byCanonicalName.put(canonical(name), name);
        }

        Map<String, Object> flat = new TreeMap<>();
        Binder.get(environment)
                .bind(MifumoComponentConfiguration.PREFIX, Bindable.mapOf(String.class, Object.class))
                .ifBound(values -> flatten("", values, flat));

        Map<String, Object> options = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, Object> entry : flat.entrySet()) {
            String key = entry.getKey();
            if (OWN_KEYS.stream().anyMatch(own -> key.equals(own) || key.startsWith(own + "."))) {
                continue;
            }
            String option = byCanonicalName.get(canonical(key));
            if (option == null) {
                unknown.add(MifumoComponentConfiguration.PREFIX + "." + key);
            } else {
                options.put(option, entry.getValue());
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown mifumo component option(s) " + unknown + ". The options are: "
                                               + String.join(", ", byCanonicalName.values()));
        }
        return options;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> values, Map<String, Object> flat) {
        Iterator<Map.Entry<String, Object>> it = values.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Object> entry = it.next();
            String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            if (entry.getValue() instanceof Map<?, ?> nested) {
                flatten(key, (Map<String, Object>) nested, flat);
            } else {
                flat.put(key, entry.getValue());
            }
        }
    }

    /** apiKey, api-key, api_key, api.key and APIKEY all read the same. */
    private static String canonical(String name) {
        return name.replace("-", "").replace("_", "").replace(".", "").toLowerCase(Locale.ROOT);
    }
}
