package io.mifumo.camel.component.model.campaigns;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of campaigns/analytics.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class CampaignAnalytics {

    @JsonProperty("campaign_id")
    private String campaignId;

    @JsonProperty("name")
    private String name;

    @JsonProperty("status")
    private String status;

    @JsonProperty("total_recipients")
    private Integer totalRecipients;

    @JsonProperty("sent")
    private Integer sent;

    @JsonProperty("delivered")
    private Integer delivered;

    @JsonProperty("failed")
    private Integer failed;

    @JsonProperty("delivery_rate")
    private BigDecimal deliveryRate;

    @JsonProperty("cost")
    private BigDecimal cost;

    @JsonProperty("currency")
    private String currency;

    @JsonProperty("started_at")
    private String startedAt;

    @JsonProperty("completed_at")
    private String completedAt;

    @JsonProperty("duration_seconds")
    private Long durationSeconds;

    @JsonProperty("messages_per_second")
    private BigDecimal messagesPerSecond;

    /** The campaign id. */
    public String getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(String campaignId) {
        this.campaignId = campaignId;
    }

    /** The campaign name. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Its status. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** How many recipients it has. */
    public Integer getTotalRecipients() {
        return totalRecipients;
    }

    public void setTotalRecipients(Integer totalRecipients) {
        this.totalRecipients = totalRecipients;
    }

    /** Recipients messaged. */
    public Integer getSent() {
        return sent;
    }

    public void setSent(Integer sent) {
        this.sent = sent;
    }

    /** Messages delivered. */
    public Integer getDelivered() {
        return delivered;
    }

    public void setDelivered(Integer delivered) {
        this.delivered = delivered;
    }

    /** Messages failed. */
    public Integer getFailed() {
        return failed;
    }

    public void setFailed(Integer failed) {
        this.failed = failed;
    }

    /** Delivered as a percentage of sent. */
    public BigDecimal getDeliveryRate() {
        return deliveryRate;
    }

    public void setDeliveryRate(BigDecimal deliveryRate) {
        this.deliveryRate = deliveryRate;
    }

    /** What it cost. */
    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    /** The currency of the cost. */
    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    /** ISO-8601 time it started. */
    public String getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(String startedAt) {
        this.startedAt = startedAt;
    }

    /** ISO-8601 time it completed. */
    public String getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(String completedAt) {
        this.completedAt = completedAt;
    }

    /** Seconds from start to completion. */
    public Long getDurationSeconds() {
        return durationSeconds;
    }

    public void setDurationSeconds(Long durationSeconds) {
        this.durationSeconds = durationSeconds;
    }

    /** The sending rate. */
    public BigDecimal getMessagesPerSecond() {
        return messagesPerSecond;
    }

    public void setMessagesPerSecond(BigDecimal messagesPerSecond) {
        this.messagesPerSecond = messagesPerSecond;
    }

    @Override
    public String toString() {
        return "CampaignAnalytics[campaignId=" + campaignId + ", status=" + status
               + ", totalRecipients=" + totalRecipients + ", sent=" + sent + ", delivered=" + delivered
               + ", failed=" + failed + ", deliveryRate=" + deliveryRate + "]";
    }
}
