package io.mifumo.camel.sandbox;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Snapshot of one partner payment: a package bought for a tenant, or a custom purchase of a number of credits.
 *
 * @param transactionId   the {@code transaction_id} of the payment
 * @param purchaseId      the {@code purchase_id} of a custom purchase, {@code null} for a package payment
 * @param orderId         the {@code order_id}: MIFUMO-, the date as yyyyMMdd, -, 8 random letters and digits
 * @param apiKey          the partner key that initiated it
 * @param tenantAccountId the tenant ({@code mifumo_account_id}) whose credits it buys
 * @param packageId       the package bought, {@code null} for a custom purchase
 * @param packageName     the package's name, {@code null} for a custom purchase
 * @param credits         credits the payment buys
 * @param amount          price in {@code currency}
 * @param currency        always {@code TZS}
 * @param unitPrice       price per credit
 * @param tier            pricing tier of a custom purchase ({@code Lite}, {@code Standard}, {@code Pro}), else null
 * @param buyerEmail      {@code buyer_email} as received
 * @param buyerName       {@code buyer_name} as received
 * @param buyerPhone      {@code buyer_phone} as received (local form, e.g. {@code 0614853618})
 * @param provider        {@code mobile_money_provider} as received
 * @param status          status as of the snapshot
 * @param creditsAdded    credits added to the tenant: {@code credits} once completed, else 0
 * @param createdAt       when it was initiated
 * @param updatedAt       when the status last changed
 * @param completedAt     when it completed, or {@code null}
 */
public record SandboxPayment(String transactionId, String purchaseId, String orderId, String apiKey,
        String tenantAccountId, String packageId, String packageName, long credits, BigDecimal amount, String currency,
        BigDecimal unitPrice, String tier, String buyerEmail, String buyerName, String buyerPhone, String provider,
        PaymentState status, long creditsAdded, Instant createdAt, Instant updatedAt, Instant completedAt) {

    /** {@code custom} for a custom purchase, {@code package} for a package payment. */
    public String type() {
        return purchaseId == null ? "package" : "custom";
    }
}
