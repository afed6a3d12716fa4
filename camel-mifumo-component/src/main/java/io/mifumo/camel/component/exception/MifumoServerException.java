package io.mifumo.camel.component.exception;

/**
 * The API failed on its side (HTTP 5xx); for a send the outcome is unknown.
 */
public class MifumoServerException extends MifumoApiException {

    public MifumoServerException(String message, MifumoError error, boolean mayHaveBeenDelivered) {
        super(message, error, mayHaveBeenDelivered);
    }
}
