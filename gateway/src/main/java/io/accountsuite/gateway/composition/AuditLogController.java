package io.accountsuite.gateway.composition;

import io.accountsuite.platform.web.ListQuery;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/admin/audit?customerId=&limit=} (admin): the audit log of every service as one
 * ({@link AuditComposition}): {@code {"entries":[…],"unavailable":["domain"]}}; the query read as every admin
 * list reads it ({@link ListQuery}: 400 naming a customerId that is not a UUID or a limit outside 1–500).
 */
@RestController
@RequiredArgsConstructor
class AuditLogController {

    private final AuditComposition audit;

    /**
     * Lists the network's admin changes from every service as one log, newest first (role admin).
     *
     * {@code {"entries":[…],"unavailable":["domain"]}}: the services whose entries are missing are named, the rest is
     * whole. {@code customerId}: only the changes to that customer (a UUID); {@code limit}: 1 to 500 entries, default
     * 100.
     */
    @GetMapping("/api/admin/audit")
    Mono<AuditLog> read(@RequestParam(required = false) @Nullable String customerId,
                        @RequestParam(required = false) @Nullable String limit, @AuthenticationPrincipal Jwt admin) {
        return Mono.defer(() -> audit.read(admin.getTokenValue(), ListQuery.id("customerId", customerId),
                ListQuery.limit(limit)));
    }
}
