package io.mifumo.camel.component.model.sms;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of sms/status: the state of one message.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class MessageStatus {

    @JsonProperty("message_id")
    private String messageId;

    @JsonProperty("status")
    private String status;

    @JsonProperty("sent_at")
    private String sentAt;

    @JsonProperty("delivered_at")
    private String deliveredAt;

    @JsonProperty("recipients")
    private List<RecipientStatus> recipients = new ArrayList<>();

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

    /** ISO-8601 time the message was sent, as the API wrote it. */
    public String getSentAt() {
        return sentAt;
    }

    public void setSentAt(String sentAt) {
        this.sentAt = sentAt;
    }

    /** ISO-8601 time the message was delivered, as the API wrote it; null until then. */
    public String getDeliveredAt() {
        return deliveredAt;
    }

    public void setDeliveredAt(String deliveredAt) {
        this.deliveredAt = deliveredAt;
    }

    /** Per-recipient states, when the API lists them. */
    public List<RecipientStatus> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<RecipientStatus> recipients) {
        this.recipients = recipients;
    }

    @Override
    public String toString() {
        return "MessageStatus[messageId=" + messageId + ", status=" + status + ", deliveredAt=" + deliveredAt + "]";
    }
}
