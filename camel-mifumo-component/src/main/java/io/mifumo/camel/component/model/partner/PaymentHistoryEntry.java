package io.mifumo.camel.component.model.partner;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One payment of a tenant in partner/payments/history: a package payment or a custom purchase.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class PaymentHistoryEntry {

    @JsonProperty("transaction_id")
    private String transactionId;

    @JsonProperty("purchase_id")
    private String purchaseId;

    @JsonProperty("payment_type")
    private String paymentType;

    @JsonProperty("order_id")
    private String orderId;

    @JsonProperty("package_id")
    private String packageId;

    @JsonProperty("package_name")
    private String packageName;

    @JsonProperty("credits")
    private Long credits;

    @JsonProperty("amount")
    private BigDecimal amount;

    @JsonProperty("currency")
    private String currency;

    @JsonProperty("status")
    private String status;

    @JsonProperty("mobile_money_provider")
    private String mobileMoneyProvider;

    @JsonProperty("credits_added")
    private Long creditsAdded;

    @JsonProperty("created_at")
    private String createdAt;

    @JsonProperty("completed_at")
    private String completedAt;

    public String getTransactionId() {
        return transactionId;
    }

    public void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    /** Set for a custom purchase. */
    public String getPurchaseId() {
        return purchaseId;
    }

    public void setPurchaseId(String purchaseId) {
        this.purchaseId = purchaseId;
    }

    /** package or custom, when the API says. */
    public String getPaymentType() {
        return paymentType;
    }

    public void setPaymentType(String paymentType) {
        this.paymentType = paymentType;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getPackageId() {
        return packageId;
    }

    public void setPackageId(String packageId) {
        this.packageId = packageId;
    }

    public String getPackageName() {
        return packageName;
    }

    public void setPackageName(String packageName) {
        this.packageName = packageName;
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

    /** pending, completed, failed or cancelled. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getMobileMoneyProvider() {
        return mobileMoneyProvider;
    }

    public void setMobileMoneyProvider(String mobileMoneyProvider) {
        this.mobileMoneyProvider = mobileMoneyProvider;
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
        return "PaymentHistoryEntry[transactionId=" + transactionId + ", amount=" + amount + " " + currency
                + ", status=" + status + "]";
    }
}
