package io.mifumo.camel.component.model.sms;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of POST /api/integration/v1/sms/send/.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SendSmsRequest {

    @JsonProperty("message")
    private String message;

    @JsonProperty("recipients")
    private List<String> recipients = new ArrayList<>();

    @JsonProperty("sender_id")
    private String senderId;

    @JsonProperty("tenant_account_id")
    private String tenantAccountId;

    public SendSmsRequest() {
    }

    public SendSmsRequest(String message, List<String> recipients, String senderId) {
        this.message = message;
        this.recipients = recipients == null ? new ArrayList<>() : new ArrayList<>(recipients);
        this.senderId = senderId;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public List<String> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<String> recipients) {
        this.recipients = recipients;
    }

    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    public String getTenantAccountId() {
        return tenantAccountId;
    }

    public void setTenantAccountId(String tenantAccountId) {
        this.tenantAccountId = tenantAccountId;
    }

    @Override
    public String toString() {
        return "SendSmsRequest[recipients=" + recipients + ", senderId=" + senderId + ", tenantAccountId="
               + tenantAccountId + ", message length=" + (message == null ? 0 : message.length()) + "]";
    }
}
