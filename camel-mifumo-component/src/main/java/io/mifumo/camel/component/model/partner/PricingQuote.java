package io.mifumo.camel.component.model.partner;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A price for a number of credits: the answer of partner/pricing/calculate, and what
 * {@link io.mifumo.camel.component.validation.PricingCalculator} computes locally.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class PricingQuote {

    @JsonProperty("credits")
    private Long credits;

    @JsonProperty("price")
    private BigDecimal price;

    @JsonProperty("currency")
    private String currency;

    @JsonProperty("unit_price")
    private BigDecimal unitPrice;

    @JsonProperty("tier")
    private String tier;

    public Long getCredits() {
        return credits;
    }

    public void setCredits(Long credits) {
        this.credits = credits;
    }

    /** Credits times the unit price. */
    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    /** Lite, Standard or Pro. */
    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    @Override
    public String toString() {
        return "PricingQuote[" + credits + " credits, " + price + " " + currency + " at " + unitPrice + ", "
                + tier + "]";
    }
}
