package io.mifumo.camel.component.exception;

/**
 * The API refused the sender ID (not approved, or not allowed for the account). The component never falls back to
 * another sender by itself.
 */
public class MifumoSenderIdRejectedException extends MifumoApiException {

    public MifumoSenderIdRejectedException(String message, MifumoError error, boolean mayHaveBeenDelivered) {
        super(message, error, mayHaveBeenDelivered);
    }
}
