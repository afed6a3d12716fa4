package io.mifumo.camel.component.model.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of partner/payments/custom/initiate: buys a number of credits (at least 100) for a tenant,
 * priced by tier.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CustomPaymentRequest extends MobileMoneyBuyer {

    @JsonProperty("credits")
    private Long credits;

    public CustomPaymentRequest() {
    }

    public CustomPaymentRequest(long credits) {
        this.credits = credits;
    }

    /** Credits to buy; at least 100. */
    public Long getCredits() {
        return credits;
    }

    public void setCredits(Long credits) {
        this.credits = credits;
    }

    @Override
    public String toString() {
        return "CustomPaymentRequest[credits=" + credits + ", provider=" + getMobileMoneyProvider() + "]";
    }
}
