package io.mifumo.camel.component.model.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of partner/payments/initiate: buys a package of the catalogue for a tenant by mobile money.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PaymentRequest extends MobileMoneyBuyer {

    @JsonProperty("package_id")
    private String packageId;

    public PaymentRequest() {
    }

    public PaymentRequest(String packageId) {
        this.packageId = packageId;
    }

    /** The id of a package from partner/packages. */
    public String getPackageId() {
        return packageId;
    }

    public void setPackageId(String packageId) {
        this.packageId = packageId;
    }

    @Override
    public String toString() {
        return "PaymentRequest[packageId=" + packageId + ", provider=" + getMobileMoneyProvider() + "]";
    }
}
