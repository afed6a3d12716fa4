package io.mifumo.camel.sandbox;

import java.time.Instant;

/**
 * Snapshot of a white-label tenant of a partner key.
 *
 * @param mifumoAccountId the {@code mifumo_account_id}: the id of every partner path and the {@code tenant_account_id}
 *                        of sends
 * @param publicId        the {@code mifumo_account_id_public}
 * @param tenantId        the {@code tenant_id} the create answer reports (an internal id; paths do not take it)
 * @param apiKey          the partner key the tenant belongs to
 * @param name            {@code tenant_name}
 * @param ownerEmail      {@code owner_email}, or {@code null}
 * @param ownerName       {@code owner_name}, or {@code null}
 * @param contactPhone    {@code contact_phone}, or {@code null}
 * @param balance         SMS credits as of the snapshot
 * @param createdAt       when it was created
 */
public record SandboxTenant(String mifumoAccountId, String publicId, String tenantId, String apiKey, String name,
        String ownerEmail, String ownerName, String contactPhone, long balance, Instant createdAt) {
}
