package io.mifumo.camel.component.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.validation.PhoneNumbers;
import org.apache.camel.Message;

/**
 * Helpers of the messaging bindings: request bodies from a typed model, a Map or JSON text, and ids from headers or
 * options.
 */
final class MessagingInputs {

    private MessagingInputs() {
    }

    /**
     * The body as the model type: an instance of it, a Map with the API's field names, or a JSON object as text.
     *
     * @throws MifumoValidationException naming what the body should be
     */
    static <T> T body(MifumoOperation operation, Message in, Class<T> type) {
        Object body = in.getBody();
        try {
            if (type.isInstance(body)) {
                return type.cast(body);
            }
            if (body instanceof Map<?, ?> map) {
                return Inputs.MAPPER.convertValue(map, type);
            }
            String text = body == null ? null : in.getBody(String.class);
            if (text != null && text.strip().startsWith("{")) {
                return Inputs.MAPPER.readValue(text, type);
            }
        } catch (Exception e) {
            throw new MifumoValidationException(operation.uriName(), List.of(
                    "the body cannot be read as a " + type.getSimpleName() + ": " + e.getMessage()));
        }
        throw new MifumoValidationException(operation.uriName(), List.of(
                "the body must be a " + type.getSimpleName() + ", a Map with the API's field names or a JSON object;"
                                                                   + " got " + describe(body)));
    }

    /** The model as a JSON object without the fields the API sets itself (ids, times, counters). */
    static ObjectNode writable(Object model, String... readOnly) {
        ObjectNode json = Inputs.MAPPER.valueToTree(model);
        for (String field : readOnly) {
            json.remove(field);
        }
        return json;
    }

    /** An id from its header, else its option; fails naming both. */
    static String id(MifumoOperation operation, Message in, String header, String option, String optionName,
                     String what) {
        return Inputs.required(operation, in, header, option, optionName, what);
    }

    /** A header, else the option; null when neither is set. */
    static String text(Message in, String header, String option) {
        return Inputs.firstNonEmpty(in.getHeader(header, String.class), option);
    }

    /**
     * Normalises a phone field of a JSON body to E.164 in place; adds a problem naming the value when it is not a
     * phone number.
     */
    static void normalisePhone(ObjectNode json, String field, MifumoConfiguration configuration,
                               List<String> problems) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        try {
            json.put(field, PhoneNumbers.toE164(value.asText(), configuration.getDefaultRegion()));
        } catch (IllegalArgumentException e) {
            problems.add("invalid " + field + " " + e.getMessage());
        }
    }

    /** The page and page size of a list operation, checked: page from 1, page size 1 to 100. */
    static int[] paging(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
        Integer page = in.getHeader(MifumoConstants.PAGE, configuration.getPage(), Integer.class);
        Integer size = in.getHeader(MifumoConstants.PAGE_SIZE, configuration.getPageSize(), Integer.class);
        List<String> problems = new ArrayList<>();
        if (page == null || page < 1) {
            problems.add("page " + page + " must be 1 or more");
        }
        if (size == null || size < 1 || size > ListBinding.MAX_PAGE_SIZE) {
            problems.add("pageSize " + size + " must be 1 to " + ListBinding.MAX_PAGE_SIZE
                         + " (the API's maximum page size)");
        }
        if (!problems.isEmpty()) {
            throw new MifumoValidationException(operation.uriName(), problems);
        }
        return new int[] { page, size };
    }

    static String describe(Object body) {
        return body == null ? "no body" : body.getClass().getName();
    }
}
