package io.accountsuite.platform.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One admin change as {@code GET /api/admin/audit} lists it.
 *
 * @param id         increasing within the service
 * @param actor      the admin who made the change; null once that admin's account is erased
 * @param action     a stable kebab-case name, e.g. {@code invoice-refunded}
 * @param customerId the customer the change concerns; null for network-wide changes and once the customer is erased
 * @param subject    what was changed, by id or number (never personal data), e.g. {@code invoice INV-2026-000001}
 * @param before     the record as it was, secrets redacted; null for a creation and once the customer is erased
 * @param after      the record as it became, secrets redacted; null for a removal and once the customer is erased
 */
public record AuditEntry(long id, Instant at, @Nullable UUID actor, String action, @Nullable UUID customerId,
                         String subject, @Nullable JsonNode before, @Nullable JsonNode after) {
}
