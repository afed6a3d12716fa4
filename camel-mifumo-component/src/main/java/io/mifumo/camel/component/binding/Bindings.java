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
            case PARTNER_TENANTS_CREATE:
                return PartnerBindings.TENANTS_CREATE;
            case PARTNER_TENANTS_GET:
                return PartnerBindings.TENANTS_GET;
            case PARTNER_SENDER_IDS_REQUEST:
                return PartnerBindings.SENDER_IDS_REQUEST;
            case PARTNER_SENDER_IDS_REQUESTS:
                return PartnerBindings.SENDER_IDS_REQUESTS;
            case PARTNER_PACKAGES:
                return PartnerBindings.PACKAGES;
            case PARTNER_PAYMENTS_INITIATE:
                return PartnerBindings.PAYMENTS_INITIATE;
            case PARTNER_PAYMENTS_STATUS:
                return PartnerBindings.PAYMENTS_STATUS;
            case PARTNER_PAYMENTS_CUSTOM_INITIATE:
                return PartnerBindings.PAYMENTS_CUSTOM_INITIATE;
            case PARTNER_PAYMENTS_CUSTOM_STATUS:
                return PartnerBindings.PAYMENTS_CUSTOM_STATUS;
            case PARTNER_PAYMENTS_HISTORY:
                return PartnerBindings.PAYMENTS_HISTORY;
            case PARTNER_PRICING_CALCULATE:
                return PartnerBindings.PRICING_CALCULATE;
            default:
                throw new IllegalStateException("No binding for operation " + operation.uriName());
        }
    }
}
