package io.mifumo.camel.component.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.exception.MifumoError;
import io.mifumo.camel.component.exception.MifumoResponseException;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.partner.CustomPurchase;
import io.mifumo.camel.component.model.partner.PaymentStatus;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.MifumoClient;
import io.mifumo.camel.component.service.MifumoHttpRequest;
import io.mifumo.camel.component.service.MifumoHttpResponse;

/**
 * The payment status calls of the partner API without a Camel exchange, for code that polls a payment (a consumer,
 * a health check) as well as for the partner/payments/status and partner/payments/custom/status producers.
 */
public final class PartnerPayments {

    private PartnerPayments() {
    }

    /**
     * The request for GET partner/tenants/{tenant_id}/payments/{transaction_id}/status/.
     *
     * @throws MifumoValidationException when an id is missing; nothing is sent
     */
    public static MifumoHttpRequest paymentStatusRequest(MifumoConfiguration configuration, String tenantId,
                                                         String transactionId) {
        MifumoOperation operation = MifumoOperation.PARTNER_PAYMENTS_STATUS;
        requireIds(operation, "tenant id", tenantId, "transaction id", transactionId);
        return Inputs.request(operation, configuration,
                operation.expandPath(Map.of("tenant_id", tenantId, "transaction_id", transactionId)));
    }

    /**
     * The request for GET partner/tenants/{tenant_id}/payments/custom/{purchase_id}/status/.
     *
     * @throws MifumoValidationException when an id is missing; nothing is sent
     */
    public static MifumoHttpRequest customPurchaseStatusRequest(MifumoConfiguration configuration, String tenantId,
                                                                String purchaseId) {
        MifumoOperation operation = MifumoOperation.PARTNER_PAYMENTS_CUSTOM_STATUS;
        requireIds(operation, "tenant id", tenantId, "purchase id", purchaseId);
        return Inputs.request(operation, configuration,
                operation.expandPath(Map.of("tenant_id", tenantId, "purchase_id", purchaseId)));
    }

    /**
     * Reads a payment status answer ({@code data} wrapper or not).
     *
     * @throws IllegalArgumentException when the answer is not a JSON object
     */
    public static PaymentStatus readPaymentStatus(MifumoHttpResponse response) throws Exception {
        return Inputs.object(response.getBody(), PaymentStatus.class);
    }

    /**
     * Reads a custom purchase answer ({@code data} wrapper or not).
     *
     * @throws IllegalArgumentException when the answer is not a JSON object
     */
    public static CustomPurchase readCustomPurchase(MifumoHttpResponse response) throws Exception {
        return Inputs.object(response.getBody(), CustomPurchase.class);
    }

    /**
     * Fetches the status of a tenant's payment. The future fails with the same exceptions as the producer: a
     * {@code MifumoApiException} subtype for an error answer (404 for an unknown tenant or transaction), a
     * {@code MifumoTransportException} for an I/O failure, a {@code MifumoResponseException} for an unreadable answer.
     *
     * @throws MifumoValidationException when an id is missing; nothing is sent
     */
    public static CompletableFuture<PaymentStatus> fetchPaymentStatus(MifumoClient client,
                                                                      MifumoConfiguration configuration,
                                                                      String tenantId, String transactionId) {
        MifumoHttpRequest request = paymentStatusRequest(configuration, tenantId, transactionId);
        return client.execute(request).thenApply(response -> read(request, response, PaymentStatus.class));
    }

    /**
     * Fetches the status of a tenant's custom purchase; fails as {@link #fetchPaymentStatus} does.
     *
     * @throws MifumoValidationException when an id is missing; nothing is sent
     */
    public static CompletableFuture<CustomPurchase> fetchCustomPurchaseStatus(MifumoClient client,
                                                                              MifumoConfiguration configuration,
                                                                              String tenantId, String purchaseId) {
        MifumoHttpRequest request = customPurchaseStatusRequest(configuration, tenantId, purchaseId);
        return client.execute(request).thenApply(response -> read(request, response, CustomPurchase.class));
    }

    private static <T> T read(MifumoHttpRequest request, MifumoHttpResponse response, Class<T> type) {
        try {
            return Inputs.object(response.getBody(), type);
        } catch (Exception e) {
            throw new MifumoResponseException("Mifumo API " + request.describe() + " answered HTTP "
                                              + response.getStatusCode() + " with a body of an unexpected shape: "
                                              + e.getMessage(),
                    new MifumoError(response.getStatusCode(), null, e.getMessage(), Map.of()), false, e);
        }
    }

    private static void requireIds(MifumoOperation operation, String firstName, String first, String secondName,
                                   String second) {
        List<String> problems = new ArrayList<>();
        if (first == null || first.isBlank()) {
            problems.add("no " + firstName);
        }
        if (second == null || second.isBlank()) {
            problems.add("no " + secondName);
        }
        if (!problems.isEmpty()) {
            throw new MifumoValidationException(operation.uriName(), problems);
        }
    }
}
