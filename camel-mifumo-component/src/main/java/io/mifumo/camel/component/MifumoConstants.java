package io.mifumo.camel.component;

import org.apache.camel.spi.Metadata;

/**
 * Names of the message headers the mifumo component reads and writes.
 */
public final class MifumoConstants {

    @Metadata(label = "producer", description = "The recipients of an sms/send: a List, an array or a String with"
                                                + " numbers"
                                                + " separated by commas, semicolons or line breaks. Overrides the"
                                                + " recipients option; when present but empty the send fails.",
              javaType = "Object")
    public static final String RECIPIENTS = "CamelMifumoRecipients";

    @Metadata(label = "producer", description = "The sender ID of an sms/send. Overrides the senderId option.",
              javaType = "String")
    public static final String SENDER_ID = "CamelMifumoSenderId";

    @Metadata(label = "producer", description = "The mifumo_account_id of a white-label tenant to send on behalf of;"
                                                + " the tenant's credits are spent. Overrides the tenantAccountId"
                                                + " option.",
              javaType = "String")
    public static final String TENANT_ACCOUNT_ID = "CamelMifumoTenantAccountId";

    @Metadata(description = "The message id: read by sms/status (overrides the messageId option), written by sms/send"
                            + " and sms/status.",
              javaType = "String")
    public static final String MESSAGE_ID = "CamelMifumoMessageId";

    @Metadata(description = "The status the API reported: of the message (for example sent or delivered), of a"
                            + " sender ID request (pending, approved, rejected), of a payment (pending, completed,"
                            + " failed, cancelled) or of a campaign (draft, scheduled, running, paused, completed,"
                            + " cancelled).",
              javaType = "String")
    public static final String STATUS = "CamelMifumoStatus";

    @Metadata(label = "consumer", description = "The amount of a payment the partner/payments/status consumer emits.",
              javaType = "java.math.BigDecimal")
    public static final String AMOUNT = "CamelMifumoAmount";

    @Metadata(label = "consumer", description = "The credits a completed payment added to the tenant, as the"
                                                + " partner/payments/status consumer emits it.",
              javaType = "Long")
    public static final String CREDITS_ADDED = "CamelMifumoCreditsAdded";

    @Metadata(label = "consumer", description = "The recipient a delivery report is about, in E.164.",
              javaType = "String")
    public static final String RECIPIENT = "CamelMifumoRecipient";

    @Metadata(label = "consumer", description = "When the message was sent, as the API wrote it (ISO-8601).",
              javaType = "String")
    public static final String SENT_AT = "CamelMifumoSentAt";

    @Metadata(label = "consumer", description = "When the message was delivered, as the API wrote it (ISO-8601);"
                                                + " absent until it is.",
              javaType = "String")
    public static final String DELIVERED_AT = "CamelMifumoDeliveredAt";

    @Metadata(label = "consumer", description = "Whether the status is final (delivered, failed, rejected, expired,"
                                                + " undelivered): a final status never moves back.",
              javaType = "Boolean")
    public static final String FINAL = "CamelMifumoFinal";

    @Metadata(label = "producer", description = "A key that identifies one send (for example the order id and"
                                                + " the message kind). With an idempotentRepository on the endpoint, a"
                                                + " send, payment or creation whose key was sent before is skipped,"
                                                + " so redeliveries and replays never send twice.",
              javaType = "String")
    public static final String IDEMPOTENCY_KEY = "CamelMifumoIdempotencyKey";

    @Metadata(label = "producer", description = "True when the request was not sent because its idempotency key was"
                                                + " sent before.",
              javaType = "Boolean")
    public static final String DUPLICATE = "CamelMifumoDuplicate";

    @Metadata(label = "producer", description = "The recipients of an sms/send that were not sent to, or whose"
                                                + " outcome is unknown (a List, empty when all were sent to).",
              javaType = "java.util.List<String>")
    public static final String FAILED_RECIPIENTS = "CamelMifumoFailedRecipients";

    @Metadata(label = "producer", description = "How many distinct recipients an sms/send went to, after"
                                                + " normalisation to E.164.",
              javaType = "Integer")
    public static final String RECIPIENT_COUNT = "CamelMifumoRecipientCount";

    @Metadata(label = "producer", description = "How many recipients of an sms/send were dropped because they were"
                                                + " the same number as an earlier one once normalised.",
              javaType = "Integer")
    public static final String DUPLICATES_REMOVED = "CamelMifumoDuplicatesRemoved";

    @Metadata(label = "producer", description = "The encoding an sms/send message needs: GSM-7 or UCS-2.",
              javaType = "String")
    public static final String ENCODING = "CamelMifumoEncoding";

    @Metadata(label = "producer", description = "How many SMS segments an sms/send message takes per recipient"
                                                + " (160/153 GSM-7 characters, 70/67 UCS-2 characters).",
              javaType = "Integer")
    public static final String SEGMENTS = "CamelMifumoSegments";

    @Metadata(label = "producer", description = "The first character that made an sms/send message UCS-2 (which"
                                                + " roughly halves the characters per segment); absent for GSM-7.",
              javaType = "String")
    public static final String NON_GSM_CHARACTER = "CamelMifumoNonGsmCharacter";

    @Metadata(label = "producer", description = "The credits an sms/send costs: distinct recipients times segments.",
              javaType = "Integer")
    public static final String CREDITS = "CamelMifumoCredits";

    @Metadata(label = "producer", description = "The credit balance, wherever an answer reports it: the balance of"
                                                + " sms/balance, the tenant's sms_balance of partner/tenants/create"
                                                + " and partner/tenants/get, or the current balance a 402"
                                                + " Insufficient credits answer names (the exchange then fails, and"
                                                + " still carries it).",
              javaType = "java.math.BigDecimal")
    public static final String BALANCE = "CamelMifumoBalance";

    @Metadata(label = "producer", description = "Page size for sms/delivery-reports and partner/payments/history."
                                                + " Overrides the limit option.",
              javaType = "Integer")
    public static final String LIMIT = "CamelMifumoLimit";

    @Metadata(label = "producer", description = "Page offset for sms/delivery-reports and partner/payments/history."
                                                + " Overrides the offset option.",
              javaType = "Integer")
    public static final String OFFSET = "CamelMifumoOffset";

    @Metadata(label = "producer", description = "The total number of delivery reports, of payments in the history,"
                                                + " or of the items of a list operation (the answer's count), when the"
                                                + " API reports it.",
              javaType = "Integer")
    public static final String TOTAL_COUNT = "CamelMifumoTotalCount";

    @Metadata(label = "producer", description = "The offset of the next page of sms/delivery-reports or"
                                                + " partner/payments/history, or absent when the page returned was"
                                                + " the last one (or every page is streamed).",
              javaType = "Integer")
    public static final String NEXT_OFFSET = "CamelMifumoNextOffset";

    @Metadata(label = "producer", description = "The HTTP status code of the API's answer.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelMifumoHttpStatus";

    @Metadata(label = "producer", description = "The API's error code when it answered with an error and"
                                                + " throwExceptionOnFailure is false.",
              javaType = "String")
    public static final String ERROR_CODE = "CamelMifumoErrorCode";

    @Metadata(label = "producer", description = "The hourly request limit the API reported (X-RateLimit-Limit).",
              javaType = "Long")
    public static final String RATE_LIMIT_LIMIT = "CamelMifumoRateLimitLimit";

    @Metadata(label = "producer", description = "The requests left in the current window (X-RateLimit-Remaining).",
              javaType = "Long")
    public static final String RATE_LIMIT_REMAINING = "CamelMifumoRateLimitRemaining";

    @Metadata(label = "producer", description = "When the rate-limit window resets, in epoch seconds"
                                                + " (X-RateLimit-Reset).",
              javaType = "Long")
    public static final String RATE_LIMIT_RESET = "CamelMifumoRateLimitReset";

    @Metadata(description = "The tenant's mifumo_account_id: read by the partner operations that work on one tenant"
                            + " (overrides the tenantId option), written by partner/tenants/create and"
                            + " partner/tenants/get.",
              javaType = "String")
    public static final String TENANT_ID = "CamelMifumoTenantId";

    @Metadata(description = "The transaction id of a partner payment: read by partner/payments/status (overrides the"
                            + " transactionId option), written by partner/payments/initiate, partner/payments/status"
                            + " and partner/payments/custom/initiate.",
              javaType = "String")
    public static final String TRANSACTION_ID = "CamelMifumoTransactionId";

    @Metadata(description = "The purchase id of a custom purchase: read by partner/payments/custom/status (overrides"
                            + " the purchaseId option), written by partner/payments/custom/initiate and"
                            + " partner/payments/custom/status.",
              javaType = "String")
    public static final String PURCHASE_ID = "CamelMifumoPurchaseId";

    @Metadata(label = "producer", description = "The package to buy with partner/payments/initiate. Overrides the"
                                                + " body's package_id and the packageId option.",
              javaType = "String")
    public static final String PACKAGE_ID = "CamelMifumoPackageId";

    @Metadata(label = "producer", description = "The order id of a partner payment, written by"
                                                + " partner/payments/initiate and partner/payments/custom/initiate.",
              javaType = "String")
    public static final String ORDER_ID = "CamelMifumoOrderId";

    @Metadata(label = "producer", description = "Status filter of partner/sender-ids/requests and"
                                                + " partner/payments/history. Overrides the status option.",
              javaType = "String")
    public static final String STATUS_FILTER = "CamelMifumoStatusFilter";

    @Metadata(label = "producer", description = "For sms/send: the template text itself (a String, or a Template "
                                                + "from templates/get), with {{name}} style variables filled from a "
                                                + "Map body or from headers. Wins over the templateId option.",
              javaType = "String")
    public static final String TEMPLATE = "CamelMifumoTemplate";

    @Metadata(label = "producer", description = "The template id: for sms/send the template to read and fill, for "
                                                + "the templates operations the template to work on (overrides the "
                                                + "templateId option); written by templates/get, create and update.",
              javaType = "String")
    public static final String TEMPLATE_ID = "CamelMifumoTemplateId";

    @Metadata(label = "producer", description = "The contact id: read by contacts/get, update, delete, opt-in and "
                                                + "opt-out (overrides the contactId option), written by "
                                                + "contacts/get, create and update.",
              javaType = "String")
    public static final String CONTACT_ID = "CamelMifumoContactId";

    @Metadata(label = "producer", description = "The campaign id: read by the campaigns operations (overrides the "
                                                + "campaignId option), written by campaigns/get, create and "
                                                + "duplicate (the copy).",
              javaType = "String")
    public static final String CAMPAIGN_ID = "CamelMifumoCampaignId";

    @Metadata(label = "producer", description = "The page a list operation reads, from 1. Overrides the page option.",
              javaType = "Integer")
    public static final String PAGE = "CamelMifumoPage";

    @Metadata(label = "producer", description = "Items per page of a list operation, 1 to 100. Overrides the "
                                                + "pageSize option.",
              javaType = "Integer")
    public static final String PAGE_SIZE = "CamelMifumoPageSize";

    @Metadata(label = "producer", description = "Search term of a list operation. Overrides the search option.",
              javaType = "String")
    public static final String SEARCH = "CamelMifumoSearch";

    @Metadata(label = "producer", description = "Comma-separated tags: the contacts/list filter, or the tags of "
                                                + "contacts imported by contacts/import. Overrides the tags option.",
              javaType = "String")
    public static final String TAGS = "CamelMifumoTags";

    @Metadata(label = "producer", description = "The link to the next page as a list operation's answer gave it; "
                                                + "absent on the last page. The component reads further pages by "
                                                + "number on the configured base URL, never by following this link.",
              javaType = "String")
    public static final String NEXT = "CamelMifumoNext";

    @Metadata(label = "producer", description = "The link to the previous page as a list operation's answer gave it; "
                                                + "absent on the first page.",
              javaType = "String")
    public static final String PREVIOUS = "CamelMifumoPrevious";

    @Metadata(label = "producer", description = "The number of the next page of a list operation; absent on the last "
                                                + "page.",
              javaType = "Integer")
    public static final String NEXT_PAGE = "CamelMifumoNextPage";

    @Metadata(label = "producer", description = "The file name contacts/import sends. Overrides the fileName option.",
              javaType = "String")
    public static final String FILE_NAME = "CamelMifumoFileName";

    @Metadata(label = "producer", description = "The content type contacts/import sends for the file. Overrides the "
                                                + "contentType option.",
              javaType = "String")
    public static final String CONTENT_TYPE = "CamelMifumoContentType";

    @Metadata(label = "producer", description = "The reason of contacts/opt-out and sender-ids/request. Overrides "
                                                + "the reason option.",
              javaType = "String")
    public static final String REASON = "CamelMifumoReason";

    private MifumoConstants() {
    }
}
