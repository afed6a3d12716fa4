package io.mifumo.camel.component.exception;

import java.util.Map;

import io.mifumo.camel.component.service.RateLimit;

/**
 * The API answered with an error status, or with a success status and a body that could not be read.
 */
public class MifumoApiException extends MifumoException {

    private final int statusCode;
    private final String errorCode;
    private final String errorMessage;
    private final Map<String, Object> details;
    private RateLimit rateLimit;

    public MifumoApiException(String message, MifumoError error, boolean mayHaveBeenDelivered) {
        this(message, error, mayHaveBeenDelivered, null);
    }

    public MifumoApiException(String message, MifumoError error, boolean mayHaveBeenDelivered, Throwable cause) {
        super(message, mayHaveBeenDelivered, cause);
        this.statusCode = error.getStatusCode();
        this.errorCode = error.getCode();
        this.errorMessage = error.getMessage();
        this.details = error.getDetails();
    }

    /** The HTTP status of the answer. */
    public int getStatusCode() {
        return statusCode;
    }

    /** The API's error code, such as INSUFFICIENT_CREDITS, or null when the body carried none. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The API's human-readable message, or a short excerpt of a body that was not JSON. */
    public String getErrorMessage() {
        return errorMessage;
    }

    /** Field details: field names to their messages, plus any other fields of the error body. */
    public Map<String, Object> getDetails() {
        return details;
    }

    /** The rate-limit headers of the error answer, or null. */
    public RateLimit getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(RateLimit rateLimit) {
        this.rateLimit = rateLimit;
    }

    /** The error as a plain value object. */
    public MifumoError toError() {
        return new MifumoError(statusCode, errorCode, errorMessage, details);
    }
}
