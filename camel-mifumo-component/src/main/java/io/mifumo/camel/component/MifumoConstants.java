package io.mifumo.camel.component;

import org.apache.camel.spi.Metadata;

/**
 * Names of the message headers the mifumo component reads and writes.
 */
public final class MifumoConstants {

    @Metadata(label = "producer", description = "The recipients of an sms/send: a List, an array or a String with numbers"
                                                + " separated by commas, semicolons or line breaks. Overrides the"
                                                + " recipients option; when present but empty the send fails.",
              javaType = "Object")
    public static final String RECIPIENTS = "CamelMifumoRecipients";

    @Metadata(label = "producer", description = "The sender ID of an sms/send. Overrides the senderId option.",
              javaType = "String")
    public static final String SENDER_ID = "CamelMifumoSenderId";

    @Metadata(label = "producer", description = "The mifumo_account_id of a white-label tenant to send on behalf of;"
                                                + " the tenant's credits are spent. Overrides the tenantAccountId option.",
              javaType = "String")
    public static final String TENANT_ACCOUNT_ID = "CamelMifumoTenantAccountId";

    @Metadata(description = "The message id: read by sms/status (overrides the messageId option), written by sms/send"
                            + " and sms/status.",
              javaType = "String")
    public static final String MESSAGE_ID = "CamelMifumoMessageId";

    @Metadata(description = "The status the API reported for the message (for example sent or delivered), or for the"
                            + " campaign of a campaigns operation (draft, scheduled, running, paused, completed,"
                            + " cancelled).",
              javaType = "String")
    public static final String STATUS = "CamelMifumoStatus";

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

    @Metadata(label = "producer", description = "The credits an sms/send costs: distinct recipients times segments.",
              javaType = "Integer")
    public static final String CREDITS = "CamelMifumoCredits";

    @Metadata(label = "producer", description = "The credit balance reported by sms/balance.",
              javaType = "java.math.BigDecimal")
    public static final String BALANCE = "CamelMifumoBalance";

    @Metadata(label = "producer", description = "Page size for sms/delivery-reports. Overrides the limit option.",
              javaType = "Integer")
    public static final String LIMIT = "CamelMifumoLimit";

    @Metadata(label = "producer", description = "Page offset for sms/delivery-reports. Overrides the offset option.",
              javaType = "Integer")
    public static final String OFFSET = "CamelMifumoOffset";

    @Metadata(label = "producer", description = "The total number of delivery reports, or of the items of a list"
                                                + " operation (the answer's count), when the API reports it.",
              javaType = "Integer")
    public static final String TOTAL_COUNT = "CamelMifumoTotalCount";

    @Metadata(label = "producer", description = "The offset of the next page of sms/delivery-reports, or absent when"
                                                + " the page returned was the last one.",
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
