package io.mifumo.camel.component.model.messaging;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of sms/quick: one text to many recipients.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class QuickSmsRequest {

    @JsonProperty("recipients")
    private List<String> recipients;

    @JsonProperty("message")
    private String message;

    @JsonProperty("sender_id")
    private String senderId;

    /** Phone numbers, normalised to E.164 before sending. */
    public List<String> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<String> recipients) {
        this.recipients = recipients;
    }

    /** The text. */
    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** The sender ID. */
    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    @Override
    public String toString() {
        return "QuickSmsRequest[recipients=" + recipients + ", senderId=" + senderId + "]";
    }
}
