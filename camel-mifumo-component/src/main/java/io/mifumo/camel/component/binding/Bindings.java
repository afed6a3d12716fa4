package io.mifumo.camel.component.binding;

import io.mifumo.camel.component.operation.MifumoOperation;

/**
 * Maps every operation of the table to its binding.
 */
public final class Bindings {

    private Bindings() {
    }

    public static OperationBinding of(MifumoOperation operation) {
        switch (operation) {
            case SMS_SEND:
                return SmsBindings.SEND;
            case SMS_STATUS:
                return SmsBindings.STATUS;
            case SMS_BALANCE:
                return SmsBindings.BALANCE;
            case SMS_DELIVERY_REPORTS:
                return SmsBindings.DELIVERY_REPORTS;
            default:
                throw new IllegalStateException("No binding for operation " + operation.uriName());
        }
    }
}
