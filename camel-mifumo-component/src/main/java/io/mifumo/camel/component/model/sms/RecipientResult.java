package io.mifumo.camel.component.model.sms;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The outcome of a send for one recipient.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class RecipientResult {

    @JsonProperty("recipient")
    @JsonAlias({ "phone", "phone_number", "to", "number" })
    private String recipient;

    @JsonProperty("message_id")
    private String messageId;

    @JsonProperty("status")
    private String status;

    @JsonProperty("error")
    @JsonAlias({ "message", "reason" })
    private String error;

    public RecipientResult() {
    }

    public RecipientResult(String recipient, String messageId, String status, String error) {
        this.recipient = recipient;
        this.messageId = messageId;
        this.status = status;
        this.error = error;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    /** sent, queued, delivered, failed, rejected, or unknown when a chunk's outcome could not be learned. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** Why this recipient failed, or null. */
    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }

    /** Whether this recipient was not sent to (failed or rejected), or its outcome is unknown. */
    public boolean isFailed() {
        return status == null || "failed".equalsIgnoreCase(status) || "rejected".equalsIgnoreCase(status)
               || "unknown".equalsIgnoreCase(status);
    }

    @Override
    public String toString() {
        return recipient + "=" + status + (error == null ? "" : " (" + error + ")");
    }
}
