package io.mifumo.camel.component.exception;

/**
 * The resource does not exist, or belongs to another account (HTTP 404).
 */
public class MifumoNotFoundException extends MifumoApiException {

    public MifumoNotFoundException(String message, MifumoError error, boolean mayHaveBeenDelivered) {
        super(message, error, mayHaveBeenDelivered);
    }
}
