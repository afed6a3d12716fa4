package io.mifumo.camel.component.exception;

/**
 * The API did not accept the credentials (HTTP 401).
 */
public class MifumoAuthenticationException extends MifumoApiException {

    public MifumoAuthenticationException(String message, MifumoError error, boolean mayHaveBeenDelivered) {
        super(message, error, mayHaveBeenDelivered);
    }
}
