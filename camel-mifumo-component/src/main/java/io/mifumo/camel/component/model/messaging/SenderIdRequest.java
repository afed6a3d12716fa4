package io.mifumo.camel.component.model.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of sender-ids/request.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SenderIdRequest {

    @JsonProperty("sender_id")
    private String senderId;

    @JsonProperty("reason")
    private String reason;

    /** The sender ID wanted; checked against the network rule before sending. */
    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    /** Why it is wanted. */
    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    @Override
    public String toString() {
        return "SenderIdRequest[senderId=" + senderId + "]";
    }
}
