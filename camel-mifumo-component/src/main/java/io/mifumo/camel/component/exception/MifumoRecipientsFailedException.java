package io.mifumo.camel.component.exception;

import io.mifumo.camel.component.model.sms.SendSmsResult;

/**
 * A send reached some recipients but not all (failOnRecipientError=true). The result says who got it: sending the
 * whole message again would send twice to the others.
 */
public class MifumoRecipientsFailedException extends MifumoException {

    private final transient SendSmsResult result;

    public MifumoRecipientsFailedException(SendSmsResult result) {
        super("The send failed for " + result.getFailedRecipients().size() + " of " + result.getRecipients().size()
              + " recipients " + result.getFailedRecipients() + "; the others were sent to (message ids "
              + result.getMessageIds() + "). Send again to the failed recipients only", true, null);
        this.result = result;
    }

    /** The result with one outcome per recipient. */
    public SendSmsResult getResult() {
        return result;
    }
}
