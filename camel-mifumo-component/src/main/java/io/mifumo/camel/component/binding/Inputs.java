package io.mifumo.camel.component.binding;

import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.MifumoHttpRequest;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;

/**
 * Small helpers shared by the bindings: picking a value from a header or an option, and building the request.
 */
public final class Inputs {

    /** One mapper for converting bodies; the client has its own for the wire. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * Reads request bodies given as a Map or JSON text. Unknown fields fail, so a misspelt field is named instead of
     * being dropped on the way to the API.
     */
    static final ObjectMapper REQUEST_MAPPER = new ObjectMapper();

    private Inputs() {
    }

    /**
     * The body as a request of the given type: an instance of it, a Map, or JSON text (a String, bytes or a stream);
     * null when the body is empty. A body that cannot be read adds a problem saying why and gives null.
     */
    public static <T> T body(Message in, Class<T> type, List<String> problems) {
        Object body = in.getBody();
        if (body == null) {
            return null;
        }
        if (type.isInstance(body)) {
            return type.cast(body);
        }
        try {
            if (body instanceof Map<?, ?> map) {
                return REQUEST_MAPPER.convertValue(map, type);
            }
            if (!(body instanceof CharSequence || body instanceof byte[] || body instanceof InputStream
                  || body instanceof Reader || body instanceof StreamCache)) {
                problems.add("the body is a " + body.getClass().getName() + ", expected a " + type.getSimpleName()
                             + ", a Map or JSON text");
                return null;
            }
            String text = in.getBody(String.class);
            if (text == null || text.isBlank()) {
                return null;
            }
            return REQUEST_MAPPER.readValue(text, type);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            problems.add(describe(e, type));
            return null;
        }
    }

    private static String describe(Exception e, Class<?> type) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof JsonProcessingException)) {
            cause = cause.getCause();
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : "; known fields: " + String.join(", ",
                    new TreeSet<>(unknown.getKnownPropertyIds().stream().map(Object::toString).toList()));
            return "unknown field '" + unknown.getPropertyName() + "' in the body" + known;
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream().map(reference -> reference.getFieldName() != null
                    ? reference.getFieldName() : "[" + reference.getIndex() + "]").collect(Collectors.joining("."));
            return "field '" + field + "' of the body cannot be read: " + mapping.getOriginalMessage();
        }
        if (cause instanceof JsonProcessingException json) {
            return "the body is not a " + type.getSimpleName() + " in JSON: " + json.getOriginalMessage();
        }
        return "the body cannot be read as a " + type.getSimpleName() + ": " + e.getMessage();
    }

    /** The first value that is not null or blank, stripped; null when there is none. */
    public static String firstNonEmpty(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /**
     * The header's value, else the option's; fails naming both when neither is set.
     */
    public static String required(MifumoOperation operation, Message in, String header, String optionValue,
                                  String option, String what) {
        String value = firstNonEmpty(in.getHeader(header, String.class), optionValue);
        if (value == null) {
            throw new MifumoValidationException(operation.uriName(), List.of(
                    "no " + what + ": set the header " + header + " or the option " + option));
        }
        return value;
    }

    /**
     * A request for the operation at the given path, with the configuration's timeouts and, for the integration API,
     * its API key.
     */
    public static MifumoHttpRequest request(MifumoOperation operation, MifumoConfiguration configuration,
                                            String path) {
        MifumoHttpRequest request = new MifumoHttpRequest(operation.method(), configuration.getBaseUrl(), path,
                operation.isSafe()).timeouts(configuration.getConnectTimeout(), configuration.getRequestTimeout())
                .maxResponseSize(configuration.getMaxResponseSize());
        // the web-application APIs take the component's JWT, never the API key
        return operation.auth() == MifumoOperation.Auth.JWT ? request.jwt()
                : request.auth(configuration.getApiKey(), configuration.getAuthMode());
    }

    /**
     * Reads an object answer (the partner API's {@code data} wrapper removed) as the given type.
     *
     * @throws IllegalArgumentException when the answer is not a JSON object
     */
    public static <T> T object(JsonNode body, Class<T> type) throws Exception {
        JsonNode json = io.mifumo.camel.component.service.ResponseBodies.unwrapData(body);
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, got "
                                               + (json == null ? "an empty body" : json.getNodeType()));
        }
        return MAPPER.treeToValue(json, type);
    }
}
