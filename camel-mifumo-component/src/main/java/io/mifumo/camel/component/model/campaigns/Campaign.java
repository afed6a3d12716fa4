package io.mifumo.camel.component.model.campaigns;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A campaign: the answer of campaigns/get and campaigns/create, and the items of campaigns/list.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class Campaign {

    @JsonProperty("id")
    private String id;

    @JsonProperty("name")
    private String name;

    @JsonProperty("message")
    private String message;

    @JsonProperty("sender_id")
    private String senderId;

    @JsonProperty("status")
    private String status;

    @JsonProperty("scheduled_at")
    private String scheduledAt;

    @JsonProperty("started_at")
    private String startedAt;

    @JsonProperty("completed_at")
    private String completedAt;

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

    @JsonProperty("created_at")
    private String createdAt;

    @JsonProperty("updated_at")
    private String updatedAt;

    /** The campaign id. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The campaign name. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The text sent. */
    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** The sender ID. */
    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    /** draft, scheduled, running, paused, completed or cancelled. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** ISO-8601 time it is scheduled to start. */
    public String getScheduledAt() {
        return scheduledAt;
    }

    public void setScheduledAt(String scheduledAt) {
        this.scheduledAt = scheduledAt;
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

    /** How many recipients it has. */
    public Integer getTotalRecipients() {
        return totalRecipients;
    }

    public void setTotalRecipients(Integer totalRecipients) {
        this.totalRecipients = totalRecipients;
    }

    /** Recipients messaged so far. */
    public Integer getSent() {
        return sent;
    }

    public void setSent(Integer sent) {
        this.sent = sent;
    }

    /** Messages delivered so far. */
    public Integer getDelivered() {
        return delivered;
    }

    public void setDelivered(Integer delivered) {
        this.delivered = delivered;
    }

    /** Messages failed so far. */
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

    /** What it cost so far. */
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

    /** ISO-8601 creation time. */
    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    /** ISO-8601 time of the last change. */
    public String getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(String updatedAt) {
        this.updatedAt = updatedAt;
    }

    @Override
    public String toString() {
        return "Campaign[id=" + id + ", name=" + name + ", status=" + status
               + ", totalRecipients=" + totalRecipients + ", sent=" + sent + ", delivered=" + delivered
               + ", failed=" + failed + "]";
    }
}
