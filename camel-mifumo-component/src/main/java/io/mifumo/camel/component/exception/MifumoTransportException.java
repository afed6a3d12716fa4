package io.mifumo.camel.component.exception;

/**
 * The API could not be reached, or its answer was lost (connection refused, timeout, connection reset).
 */
public class MifumoTransportException extends MifumoException {

    public MifumoTransportException(String message, boolean mayHaveBeenDelivered, Throwable cause) {
        super(message, mayHaveBeenDelivered, cause);
    }
}
