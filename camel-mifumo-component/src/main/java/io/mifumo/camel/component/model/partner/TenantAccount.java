package io.mifumo.camel.component.model.partner;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A white-label tenant as partner/tenants/create and partner/tenants/get answer it.
 *
 * <p>Its {@code mifumo_account_id} is the id every partner operation takes (header CamelMifumoTenantId) and the
 * {@code tenant_account_id} of sends on the tenant's behalf. The {@code tenant_id} field is another, internal id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class TenantAccount {

    @JsonProperty("mifumo_account_id")
    private String mifumoAccountId;

    @JsonProperty("mifumo_account_id_public")
    private String mifumoAccountIdPublic;

    @JsonProperty("mifumo_api_key")
    private String mifumoApiKey;

    @JsonProperty("tenant_name")
    private String tenantName;

    @JsonProperty("tenant_id")
    private String tenantId;

    @JsonProperty("sms_balance")
    private BigDecimal smsBalance;

    @JsonProperty("owner_email")
    private String ownerEmail;

    @JsonProperty("owner_name")
    private String ownerName;

    @JsonProperty("contact_phone")
    private String contactPhone;

    @JsonProperty("created_at")
    private String createdAt;

    /** The id to use for the tenant in every partner operation and as tenant_account_id of sends. */
    public String getMifumoAccountId() {
        return mifumoAccountId;
    }

    public void setMifumoAccountId(String mifumoAccountId) {
        this.mifumoAccountId = mifumoAccountId;
    }

    public String getMifumoAccountIdPublic() {
        return mifumoAccountIdPublic;
    }

    public void setMifumoAccountIdPublic(String mifumoAccountIdPublic) {
        this.mifumoAccountIdPublic = mifumoAccountIdPublic;
    }

    /** Always null: tenants use their partner's API key. */
    public String getMifumoApiKey() {
        return mifumoApiKey;
    }

    public void setMifumoApiKey(String mifumoApiKey) {
        this.mifumoApiKey = mifumoApiKey;
    }

    public String getTenantName() {
        return tenantName;
    }

    public void setTenantName(String tenantName) {
        this.tenantName = tenantName;
    }

    /** An internal id the API reports; partner paths take mifumo_account_id instead. */
    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    /** The tenant's SMS credits. */
    public BigDecimal getSmsBalance() {
        return smsBalance;
    }

    public void setSmsBalance(BigDecimal smsBalance) {
        this.smsBalance = smsBalance;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public void setOwnerEmail(String ownerEmail) {
        this.ownerEmail = ownerEmail;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    /** ISO-8601 time of creation, as the API wrote it. */
    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public String toString() {
        return "TenantAccount[mifumoAccountId=" + mifumoAccountId + ", tenantName=" + tenantName + ", smsBalance="
                + smsBalance + "]";
    }
}
