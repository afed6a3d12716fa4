package io.mifumo.camel.component.binding;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.MifumoHttpRequest;
import org.apache.camel.Message;

/**
 * Small helpers shared by the bindings: picking a value from a header or an option, and building the request.
 */
public final class Inputs {

    /** One mapper for converting bodies; the client has its own for the wire. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Inputs() {
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
                operation.isSafe()).timeouts(configuration.getConnectTimeout(), configuration.getRequestTimeout());
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
