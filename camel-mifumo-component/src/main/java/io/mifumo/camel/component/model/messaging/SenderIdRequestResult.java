package io.mifumo.camel.component.model.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of sender-ids/request.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class SenderIdRequestResult {

    @JsonProperty("success")
    private Boolean success;

    @JsonProperty("message")
    private String message;

    @JsonProperty("sender_id")
    private SenderId senderId;

    public Boolean getSuccess() {
        return success;
    }

    public void setSuccess(Boolean success) {
        this.success = success;
    }

    /** The API's summary. */
    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** The request, status pending. */
    public SenderId getSenderId() {
        return senderId;
    }

    public void setSenderId(SenderId senderId) {
        this.senderId = senderId;
    }

    @Override
    public String toString() {
        return "SenderIdRequestResult[senderId=" + senderId + "]";
    }
}
