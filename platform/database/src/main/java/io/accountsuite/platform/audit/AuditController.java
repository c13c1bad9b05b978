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

    @GetMapping("/api/admin/audit")
    Flux<AuditEntry> entries(@RequestParam(required = false) @Nullable String customerId,
                             @RequestParam(required = false) @Nullable String limit) {
        return Flux.defer(() -> audit.entries(ListQuery.id("customerId", customerId), ListQuery.limit(limit)));
    }
}
