package io.mifumo.camel.component.model.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of partner/pricing/calculate. The body may also be just the number of credits.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PricingRequest {

    @JsonProperty("credits")
    private Long credits;

    public PricingRequest() {
    }

    public PricingRequest(long credits) {
        this.credits = credits;
    }

    /** Credits to price; at least 1. */
    public Long getCredits() {
        return credits;
    }

    public void setCredits(Long credits) {
        this.credits = credits;
    }
}
