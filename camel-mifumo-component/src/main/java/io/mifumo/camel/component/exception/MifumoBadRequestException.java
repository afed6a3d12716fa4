package io.mifumo.camel.component.exception;

/**
 * The API refused the request as invalid (HTTP 400); the details name the fields.
 */
public class MifumoBadRequestException extends MifumoApiException {

    public MifumoBadRequestException(String message, MifumoError error, boolean mayHaveBeenDelivered) {
        super(message, error, mayHaveBeenDelivered);
    }
}
