package io.mifumo.camel.component;

import org.apache.camel.spi.Metadata;

/**
 * Names of the message headers the mifumo component reads and writes.
 */
public final class MifumoConstants {

    @Metadata(label = "producer", description = "The recipients of an sms/send: a List, an array or a String with numbers"
                                                + " separated by commas or semicolons. Overrides the recipients option.",
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

    @Metadata(label = "producer", description = "The status the API reported for the message (for example sent or"
                                                + " delivered).",
              javaType = "String")
    public static final String STATUS = "CamelMifumoStatus";

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

    @Metadata(label = "producer", description = "The credit balance, wherever an answer reports it: the balance of"
                                                + " sms/balance, or the current balance a 402 Insufficient credits"
                                                + " answer names (the exchange then fails, and still carries it).",
              javaType = "java.math.BigDecimal")
    public static final String BALANCE = "CamelMifumoBalance";

    @Metadata(label = "producer", description = "Page size for sms/delivery-reports. Overrides the limit option.",
              javaType = "Integer")
    public static final String LIMIT = "CamelMifumoLimit";

    @Metadata(label = "producer", description = "Page offset for sms/delivery-reports. Overrides the offset option.",
              javaType = "Integer")
    public static final String OFFSET = "CamelMifumoOffset";

    @Metadata(label = "producer", description = "The total number of delivery reports, when the API reports it.",
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

    private MifumoConstants() {
    }
}
