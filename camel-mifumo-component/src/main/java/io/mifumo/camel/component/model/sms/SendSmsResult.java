package io.mifumo.camel.component.model.sms;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of sms/send, with what the component knows of the send (recipients as sent, duplicates dropped, segments).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class SendSmsResult {

    @JsonProperty("success")
    private Boolean success;

    @JsonProperty("message_id")
    private String messageId;

    @JsonProperty("status")
    private String status;

    @JsonIgnore
    private List<String> recipients = new ArrayList<>();

    @JsonIgnore
    private int duplicatesRemoved;

    @JsonIgnore
    private String encoding;

    @JsonIgnore
    private int segments;

    @JsonIgnore
    private String nonGsmCharacter;

    @JsonIgnore
    private List<String> messageIds = new ArrayList<>();

    @JsonIgnore
    private List<RecipientResult> recipientResults = new ArrayList<>();

    public Boolean getSuccess() {
        return success;
    }

    public void setSuccess(Boolean success) {
        this.success = success;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** The recipients the message was sent to, in E.164, without duplicates. */
    public List<String> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<String> recipients) {
        this.recipients = recipients;
    }

    /** How many given recipients were dropped as duplicates of another once normalised. */
    public int getDuplicatesRemoved() {
        return duplicatesRemoved;
    }

    public void setDuplicatesRemoved(int duplicatesRemoved) {
        this.duplicatesRemoved = duplicatesRemoved;
    }

    /** GSM-7 or UCS-2. */
    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }

    /** Segments per recipient. */
    public int getSegments() {
        return segments;
    }

    public void setSegments(int segments) {
        this.segments = segments;
    }

    /** The first character that made the message UCS-2, or null for a GSM-7 message. */
    public String getNonGsmCharacter() {
        return nonGsmCharacter;
    }

    public void setNonGsmCharacter(String nonGsmCharacter) {
        this.nonGsmCharacter = nonGsmCharacter;
    }

    /** The ids of every request a chunked send made, in order; one id for a send in one request. */
    public List<String> getMessageIds() {
        return messageIds;
    }

    public void setMessageIds(List<String> messageIds) {
        this.messageIds = messageIds;
    }

    /** One outcome per recipient, in the order sent. */
    public List<RecipientResult> getRecipientResults() {
        return recipientResults;
    }

    public void setRecipientResults(List<RecipientResult> recipientResults) {
        this.recipientResults = recipientResults;
    }

    /** The recipients that were not sent to, or whose outcome is unknown. */
    public List<String> getFailedRecipients() {
        return recipientResults.stream().filter(RecipientResult::isFailed).map(RecipientResult::getRecipient)
                .toList();
    }

    /** The credits this send costs by the segment rule: recipients sent to times segments. */
    public int getCredits() {
        int failed = getFailedRecipients().size();
        return (recipients.size() - failed) * segments;
    }

    @Override
    public String toString() {
        return "SendSmsResult[messageId=" + messageId + ", status=" + status + ", recipients=" + recipients.size()
               + ", duplicatesRemoved=" + duplicatesRemoved + ", segments=" + segments + "]";
    }
}
