package io.mifumo.camel.component.model.partner;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of partner/payments/status: where a tenant's mobile-money payment stands. The credits are
 * added to the tenant by the API when the payment completes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class PaymentStatus {

    /** The status values of the reference, in lifecycle order. */
    public static final List<String> STATUSES = List.of("pending", "completed", "failed", "cancelled");

    public static final String PENDING = "pending";
    public static final String COMPLETED = "completed";

    @JsonProperty("transaction_id")
    private String transactionId;

    @JsonProperty("order_id")
    private String orderId;

    @JsonProperty("status")
    private String status;

    @JsonProperty("amount")
    private BigDecimal amount;

    @JsonProperty("currency")
    private String currency;

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

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    /** pending, completed, failed or cancelled. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
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

    /** Credits the payment added to the tenant: its credits once completed. */
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

    /** ISO-8601 time of completion, as the API wrote it; null until completed. */
    public String getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(String completedAt) {
        this.completedAt = completedAt;
    }

    /** Whether a status value is final: completed, failed or cancelled. */
    public static boolean isFinalStatus(String status) {
        return status != null && STATUSES.subList(1, STATUSES.size()).contains(status.toLowerCase(Locale.ROOT));
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
        return "PaymentStatus[transactionId=" + transactionId + ", status=" + status + ", creditsAdded="
                + creditsAdded + "]";
    }
}
