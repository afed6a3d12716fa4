package io.mifumo.camel.component.exception;

/**
 * The credentials may not perform this action (HTTP 403).
 */
public class MifumoPermissionException extends MifumoApiException {

    public MifumoPermissionException(String message, MifumoError error, boolean mayHaveBeenDelivered) {
        super(message, error, mayHaveBeenDelivered);
    }
}
