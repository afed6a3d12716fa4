package io.mifumo.camel.sandbox;

import java.time.Instant;

/**
 * Snapshot of a sender ID request a partner made for a tenant.
 *
 * @param requestId       the {@code request_id}
 * @param apiKey          the partner key that made it
 * @param tenantAccountId the tenant ({@code mifumo_account_id})
 * @param senderId        the sender ID asked for
 * @param useCase         the {@code use_case} given, or {@code null}
 * @param status          {@code pending}, {@code approved} or {@code rejected}
 * @param createdAt       when it was made
 */
public record SandboxSenderIdRequest(String requestId, String apiKey, String tenantAccountId, String senderId,
        String useCase, String status, Instant createdAt) {
}
