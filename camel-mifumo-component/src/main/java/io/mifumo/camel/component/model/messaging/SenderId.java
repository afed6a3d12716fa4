package io.mifumo.camel.component.model.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A sender ID of the account: the items of sender-ids/list, the answer of sender-ids/status, and the request in the
 * answer of sender-ids/request.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class SenderId {

    @JsonProperty("id")
    private String id;

    @JsonProperty("sender_id")
    private String senderId;

    @JsonProperty("status")
    private String status;

    @JsonProperty("is_default")
    private Boolean defaultSender;

    @JsonProperty("approved_at")
    private String approvedAt;

    @JsonProperty("created_at")
    private String createdAt;

    /** The id of the sender ID (request). */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The sender ID as shown on handsets. */
    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    /** pending, approved or rejected. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** Whether it is the account's default sender. */
    public Boolean getDefaultSender() {
        return defaultSender;
    }

    public void setDefaultSender(Boolean defaultSender) {
        this.defaultSender = defaultSender;
    }

    /** ISO-8601 time it was approved. */
    public String getApprovedAt() {
        return approvedAt;
    }

    public void setApprovedAt(String approvedAt) {
        this.approvedAt = approvedAt;
    }

    /** ISO-8601 time it was requested. */
    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public String toString() {
        return "SenderId[senderId=" + senderId + ", status=" + status + ", defaultSender=" + defaultSender + "]";
    }
}
