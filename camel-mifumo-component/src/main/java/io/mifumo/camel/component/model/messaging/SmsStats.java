package io.mifumo.camel.component.model.messaging;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The stats object of sms/stats.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class SmsStats {

    @JsonProperty("total_sent")
    private Long totalSent;

    @JsonProperty("total_delivered")
    private Long totalDelivered;

    @JsonProperty("total_failed")
    private Long totalFailed;

    @JsonProperty("delivery_rate")
    private BigDecimal deliveryRate;

    @JsonProperty("total_cost")
    private BigDecimal totalCost;

    @JsonProperty("currency")
    private String currency;

    @JsonProperty("period")
    private StatsPeriod period;

    /** Messages sent in the period. */
    public Long getTotalSent() {
        return totalSent;
    }

    public void setTotalSent(Long totalSent) {
        this.totalSent = totalSent;
    }

    /** Messages delivered. */
    public Long getTotalDelivered() {
        return totalDelivered;
    }

    public void setTotalDelivered(Long totalDelivered) {
        this.totalDelivered = totalDelivered;
    }

    /** Messages failed. */
    public Long getTotalFailed() {
        return totalFailed;
    }

    public void setTotalFailed(Long totalFailed) {
        this.totalFailed = totalFailed;
    }

    /** Delivered as a percentage of sent. */
    public BigDecimal getDeliveryRate() {
        return deliveryRate;
    }

    public void setDeliveryRate(BigDecimal deliveryRate) {
        this.deliveryRate = deliveryRate;
    }

    /** What they cost. */
    public BigDecimal getTotalCost() {
        return totalCost;
    }

    public void setTotalCost(BigDecimal totalCost) {
        this.totalCost = totalCost;
    }

    /** The currency of the cost. */
    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    /** The period counted. */
    public StatsPeriod getPeriod() {
        return period;
    }

    public void setPeriod(StatsPeriod period) {
        this.period = period;
    }

    @Override
    public String toString() {
        return "SmsStats[totalSent=" + totalSent + ", totalDelivered=" + totalDelivered
               + ", totalFailed=" + totalFailed + ", deliveryRate=" + deliveryRate + "]";
    }
}
