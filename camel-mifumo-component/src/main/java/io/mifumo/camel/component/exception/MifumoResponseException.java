package io.mifumo.camel.component.exception;

/**
 * The API answered with success but a body that could not be read as the documented shape.
 */
public class MifumoResponseException extends MifumoApiException {

    public MifumoResponseException(String message, MifumoError error, boolean mayHaveBeenDelivered) {
        super(message, error, mayHaveBeenDelivered);
    }

    public MifumoResponseException(String message, MifumoError error, boolean mayHaveBeenDelivered, Throwable cause) {
        super(message, error, mayHaveBeenDelivered, cause);
    }
}
