package io.mifumo.camel.component.exception;

/**
 * Root of every failure the mifumo component reports.
 */
public class MifumoException extends RuntimeException {

    private final boolean mayHaveBeenDelivered;

    public MifumoException(String message, boolean mayHaveBeenDelivered, Throwable cause) {
        super(message, cause);
        this.mayHaveBeenDelivered = mayHaveBeenDelivered;
    }

    /**
     * Whether the request may have reached the API and taken effect (for a send: the SMS may have gone out). When
     * true, a route must reconcile (for example with sms/status or the delivery reports) before sending again.
     */
    public boolean isMayHaveBeenDelivered() {
        return mayHaveBeenDelivered;
    }
}
