package io.mifumo.camel.component.model.messaging;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of sms/quick.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class QuickSmsResult {

    @JsonProperty("success")
    private Boolean success;

    @JsonProperty("message")
    private String message;

    @JsonProperty("sent")
    private Integer sent;

    @JsonProperty("failed")
    private Integer failed;

    @JsonProperty("message_ids")
    private List<String> messageIds;

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

    /** Recipients messaged. */
    public Integer getSent() {
        return sent;
    }

    public void setSent(Integer sent) {
        this.sent = sent;
    }

    /** Recipients not messaged. */
    public Integer getFailed() {
        return failed;
    }

    public void setFailed(Integer failed) {
        this.failed = failed;
    }

    /** The ids of the messages sent. */
    public List<String> getMessageIds() {
        return messageIds;
    }

    public void setMessageIds(List<String> messageIds) {
        this.messageIds = messageIds;
    }

    @Override
    public String toString() {
        return "QuickSmsResult[sent=" + sent + ", failed=" + failed + ", messageIds=" + messageIds + "]";
    }
}
