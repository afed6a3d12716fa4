package io.mifumo.camel.component.model.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of partner/tenants/create: a new white-label tenant of the partner's API key.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CreateTenantRequest {

    @JsonProperty("tenant_name")
    private String tenantName;

    @JsonProperty("owner_email")
    private String ownerEmail;

    @JsonProperty("owner_name")
    private String ownerName;

    @JsonProperty("contact_phone")
    private String contactPhone;

    @JsonProperty("initial_credits")
    private Long initialCredits;

    public CreateTenantRequest() {
    }

    public CreateTenantRequest(String tenantName, String ownerEmail) {
        this.tenantName = tenantName;
        this.ownerEmail = ownerEmail;
    }

    /** The tenant's name, e.g. the customer company; required. */
    public String getTenantName() {
        return tenantName;
    }

    public void setTenantName(String tenantName) {
        this.tenantName = tenantName;
    }

    /** The e-mail address of the tenant's owner; required. */
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

    /** Contact phone; the component sends it in E.164 form, as the reference shows. */
    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    /** SMS credits the tenant starts with; the API's default is 0. */
    public Long getInitialCredits() {
        return initialCredits;
    }

    public void setInitialCredits(Long initialCredits) {
        this.initialCredits = initialCredits;
    }

    @Override
    public String toString() {
        return "CreateTenantRequest[tenantName=" + tenantName + ", ownerEmail=" + ownerEmail + ", initialCredits="
                + initialCredits + "]";
    }
}
