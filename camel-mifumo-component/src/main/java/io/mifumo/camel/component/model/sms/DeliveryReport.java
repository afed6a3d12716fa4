package io.mifumo.camel.component.model.sms;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One delivery report: the outcome of a message for one recipient. The reference does not fix the fields, so those
 * the component does not know are kept in {@link #getAdditionalProperties()}.
 */
public class DeliveryReport {

    @JsonProperty("id")
    private String id;

    @JsonProperty("message_id")
    private String messageId;

    @JsonProperty("recipient")
    private String recipient;

    @JsonProperty("status")
    private String status;

    @JsonProperty("sender_id")
    private String senderId;

    @JsonProperty("sent_at")
    private String sentAt;

    @JsonProperty("delivered_at")
    private String deliveredAt;

    @JsonProperty("updated_at")
    private String updatedAt;

    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    /** The report's own id, when the API gives one. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    public String getSentAt() {
        return sentAt;
    }

    public void setSentAt(String sentAt) {
        this.sentAt = sentAt;
    }

    public String getDeliveredAt() {
        return deliveredAt;
    }

    public void setDeliveredAt(String deliveredAt) {
        this.deliveredAt = deliveredAt;
    }

    public String getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(String updatedAt) {
        this.updatedAt = updatedAt;
    }

    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties;
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        additionalProperties.put(name, value);
    }

    @Override
    public String toString() {
        return "DeliveryReport[messageId=" + messageId + ", recipient=" + recipient + ", status=" + status + "]";
    }
}
