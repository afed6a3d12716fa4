package io.mifumo.camel.component.exception;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer of the API, read from any of the error body shapes the reference documents.
 */
public class MifumoError {

    private final int statusCode;
    private final String code;
    private final String message;
    private final Map<String, Object> details;

    public MifumoError(int statusCode, String code, String message, Map<String, Object> details) {
        this.statusCode = statusCode;
        this.code = code;
        this.message = message;
        this.details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public int getStatusCode() {
        return statusCode;
    }

    public String getCode() {
        return code;
    }

    public String getMessage() {
        return message;
    }

    public Map<String, Object> getDetails() {
        return details;
    }

    @Override
    public String toString() {
        return "MifumoError[status=" + statusCode + ", code=" + code + ", message=" + message + ", details=" + details
               + "]";
    }
}
