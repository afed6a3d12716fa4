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
                return messaging(operation);
        }
    }

    /** The web application's messaging API. */
    private static OperationBinding messaging(MifumoOperation operation) {
        return switch (operation) {
            case CONTACTS_LIST -> ContactBindings.LIST;
            case CONTACTS_CREATE -> ContactBindings.CREATE;
            case CONTACTS_GET -> ContactBindings.GET;
            case CONTACTS_UPDATE -> ContactBindings.UPDATE;
            case CONTACTS_DELETE -> ContactBindings.DELETE;
            case CONTACTS_IMPORT -> ContactBindings.IMPORT;
            case CONTACTS_BULK_DELETE -> ContactBindings.BULK_DELETE;
            case CONTACTS_OPT_IN -> ContactBindings.OPT_IN;
            case CONTACTS_OPT_OUT -> ContactBindings.OPT_OUT;
            case TEMPLATES_LIST -> TemplateBindings.LIST;
            case TEMPLATES_CREATE -> TemplateBindings.CREATE;
            case TEMPLATES_GET -> TemplateBindings.GET;
            case TEMPLATES_UPDATE -> TemplateBindings.UPDATE;
            case TEMPLATES_DELETE -> TemplateBindings.DELETE;
            case TEMPLATES_TOGGLE_FAVORITE -> TemplateBindings.TOGGLE_FAVORITE;
            case TEMPLATES_VARIABLES -> TemplateBindings.VARIABLES;
            case CAMPAIGNS_LIST -> CampaignBindings.LIST;
            case CAMPAIGNS_CREATE -> CampaignBindings.CREATE;
            case CAMPAIGNS_GET -> CampaignBindings.GET;
            case CAMPAIGNS_START, CAMPAIGNS_PAUSE, CAMPAIGNS_CANCEL -> CampaignBindings.ACTION;
            case CAMPAIGNS_ANALYTICS -> CampaignBindings.ANALYTICS;
            case CAMPAIGNS_DUPLICATE -> CampaignBindings.DUPLICATE;
            case SENDER_IDS_LIST -> MessagingBindings.SENDER_IDS_LIST;
            case SENDER_IDS_REQUEST -> MessagingBindings.SENDER_IDS_REQUEST;
            case SENDER_IDS_STATUS -> MessagingBindings.SENDER_IDS_STATUS;
            case SMS_QUICK -> MessagingBindings.QUICK;
            case SMS_STATS -> MessagingBindings.STATS;
            case SMS_VALIDATE_PHONE -> MessagingBindings.VALIDATE_PHONE;
            default -> throw new IllegalStateException("No binding for operation " + operation.uriName());
        };
    }
}
