package io.mifumo.camel.component.model.partner;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A custom purchase of credits: the answer of partner/payments/custom/initiate and of
 * partner/payments/custom/status.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class CustomPurchase {

    @JsonProperty("purchase_id")
    private String purchaseId;

    @JsonProperty("transaction_id")
    private String transactionId;

    @JsonProperty("order_id")
    private String orderId;

    @JsonProperty("credits")
    private Long credits;

    @JsonProperty("amount")
    private BigDecimal amount;

    @JsonProperty("currency")
    private String currency;

    @JsonProperty("unit_price")
    private BigDecimal unitPrice;

    @JsonProperty("tier")
    private String tier;

    @JsonProperty("status")
    private String status;

    @JsonProperty("credits_added")
    private Long creditsAdded;

    @JsonProperty("created_at")
    private String createdAt;

    @JsonProperty("completed_at")
    private String completedAt;

    /** The id for partner/payments/custom/status. */
    public String getPurchaseId() {
        return purchaseId;
    }

    public void setPurchaseId(String purchaseId) {
        this.purchaseId = purchaseId;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public Long getCredits() {
        return credits;
    }

    public void setCredits(Long credits) {
        this.credits = credits;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
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

    /** The pricing tier: Lite, Standard or Pro. */
    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    /** pending, completed, failed or cancelled. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getCreditsAdded() {
        return creditsAdded;
    }

    public void setCreditsAdded(Long creditsAdded) {
        this.creditsAdded = creditsAdded;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    public String getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(String completedAt) {
        this.completedAt = completedAt;
    }

    /** Whether the status is final (completed, failed or cancelled): it will not change again. */
    @JsonIgnore
    public boolean isFinal() {
        return PaymentStatus.isFinalStatus(status);
    }

    /** Whether the payment completed, so its credits were added to the tenant. */
    @JsonIgnore
    public boolean isCompleted() {
        return PaymentStatus.COMPLETED.equalsIgnoreCase(status);
    }

    @Override
    public String toString() {
        return "CustomPurchase[purchaseId=" + purchaseId + ", credits=" + credits + ", amount=" + amount + " "
                + currency + ", status=" + status + "]";
    }
}
