package io.accountsuite.platform.audit;

import io.accountsuite.platform.web.ListQuery;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * {@code GET /api/admin/audit?customerId=&limit=}: the service's admin changes, newest first (admins only, as every
 * {@code /api/admin/**} path). {@code limit} 1–500, default 100, and {@code customerId} a UUID, read as every admin
 * list reads them ({@link ListQuery}: otherwise 400 naming the parameter).
 */
@RestController
@RequiredArgsConstructor
public class AuditController {

    private final AdminAudit audit;

    /**
     * Lists this service's admin changes, newest first (role admin).
     *
     * {@code limit}: 1 to 500 entries, default 100; {@code customerId}: only the changes to that customer (a UUID).
     * Each entry names who changed what, when, with the state before and after. The gateway merges every service's
     * entries.
     */
    @GetMapping("/api/admin/audit")
    Flux<AuditEntry> entries(@RequestParam(required = false) @Nullable String customerId,
                             @RequestParam(required = false) @Nullable String limit) {
        return Flux.defer(() -> audit.entries(ListQuery.id("customerId", customerId), ListQuery.limit(limit)));
    }
}
