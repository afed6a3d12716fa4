package io.mifumo.camel.component.exception;

/**
 * The account (or tenant) has too few credits for the request (HTTP 402).
 */
public class MifumoInsufficientCreditsException extends MifumoApiException {

    private final Long requiredCredits;
    private final Long currentBalance;

    public MifumoInsufficientCreditsException(String message, MifumoError error, Long requiredCredits,
                                              Long currentBalance) {
        super(message, error, false);
        this.requiredCredits = requiredCredits;
        this.currentBalance = currentBalance;
    }

    /** The credits the request needed, or null when the API did not say. */
    public Long getRequiredCredits() {
        return requiredCredits;
    }

    /** The balance when the request was refused, or null when the API did not say. */
    public Long getCurrentBalance() {
        return currentBalance;
    }
}
