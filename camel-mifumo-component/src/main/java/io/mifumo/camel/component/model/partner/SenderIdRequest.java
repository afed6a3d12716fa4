package io.mifumo.camel.component.model.partner;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A request for a sender ID on behalf of a tenant: the body of partner/sender-ids/request (only
 * {@code sender_id} and {@code use_case} are sent), its answer, and an item of partner/sender-ids/requests.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SenderIdRequest {

    @JsonProperty("request_id")
    private String requestId;

    @JsonProperty("sender_id")
    private String senderId;

    @JsonProperty("use_case")
    private String useCase;

    @JsonProperty("status")
    private String status;

    @JsonProperty("tenant_id")
    private String tenantId;

    @JsonProperty("created_at")
    private String createdAt;

    public SenderIdRequest() {
    }

    public SenderIdRequest(String senderId, String useCase) {
        this.senderId = senderId;
        this.useCase = useCase;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    /** The sender ID asked for: up to 11 letters, digits or spaces, or up to 15 digits. */
    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    /** What the tenant will send with it, for the approval. */
    public String getUseCase() {
        return useCase;
    }

    public void setUseCase(String useCase) {
        this.useCase = useCase;
    }

    /** pending, approved or rejected. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** The tenant's mifumo_account_id. */
    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public String toString() {
        return "SenderIdRequest[requestId=" + requestId + ", senderId=" + senderId + ", status=" + status + "]";
    }
}
