package io.accountsuite.platform.audit;

import java.util.UUID;

import io.accountsuite.platform.problem.ApiProblem;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * {@code GET /api/admin/audit?customerId=&limit=}: the service's admin changes, newest first (admins only, as every
 * {@code /api/admin/**} path). {@code limit} 1–500, default 100; otherwise 400.
 */
@RestController
@RequiredArgsConstructor
public class AuditController {

    private static final int DEFAULT_LIMIT = 100;

    private final AdminAudit audit;

    @GetMapping("/api/admin/audit")
    Flux<AuditEntry> entries(@RequestParam(required = false) @Nullable UUID customerId,
                             @RequestParam(required = false) @Nullable Integer limit) {
        int count = limit == null ? DEFAULT_LIMIT : limit;
        if (count < 1 || count > AdminAudit.MAX_ENTRIES) {
            return Flux.error(ApiProblem.invalid("limit", "must be between 1 and " + AdminAudit.MAX_ENTRIES));
        }
        return audit.entries(customerId, count);
    }
}
