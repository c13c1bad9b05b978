package io.accountsuite.gateway.composition;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.gateway.backend.Block;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.web.ListQuery;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The audit log of the network admin's changes, composed from the six services (issue 20): each keeps the entries
 * of the changes it owns and answers {@code GET /api/admin/audit?customerId=&limit=}; the gateway asks them all at
 * once, as the admin, each within the page's time limit ({@code gateway.composition.block-timeout}) and through its
 * breaker, and merges the answers ({@link AuditLog}). A service that does not answer, or answers anything but a
 * list, is named in {@code unavailable}; the log never fails for it. Used by the API ({@link AuditLogController})
 * and the admin's customer page.
 */
@Service
@RequiredArgsConstructor
public class AuditComposition {

    /** How many entries a call answers when it names no limit, and the most it may ask for (as each service). */
    public static final int DEFAULT_LIMIT = ListQuery.DEFAULT_LIMIT;
    public static final int MAX_LIMIT = ListQuery.MAX_LIMIT;

    private final Backends backends;
    private final CompositionProperties properties;

    /**
     * The entries about {@code customerId} (every entry when null), newest first, at most {@code limit} (1–500;
     * 400 {@code limit} otherwise).
     */
    public Mono<AuditLog> read(String token, @Nullable UUID customerId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Mono.error(ApiProblem.invalid("limit", Message.of("gateway.audit.limit", MAX_LIMIT)));
        }
        return Flux.fromArray(Backend.values())
                .flatMap(backend -> entries(backend, token, customerId, limit).map(block -> Map.entry(backend, block)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, () -> new EnumMap<>(Backend.class))
                .map(answers -> AuditLog.merged(answers, limit))
                .flatMap(log -> actorEmails(token, log).map(log::withActorEmails));
    }

    /** Each actor's email from identity-service; an actor it does not answer for is left out. */
    private Mono<Map<String, String>> actorEmails(String token, AuditLog log) {
        return Flux.fromIterable(log.actors())
                .flatMap(actor -> backends.get(Backend.IDENTITY, token, properties.blockTimeout(),
                                "/api/admin/customers/{id}", actor)
                        .filter(block -> block.isOk() && block.data() instanceof Map<?, ?> customer
                                && customer.get("email") != null)
                        .map(block -> Map.entry(actor, String.valueOf(((Map<?, ?>) block.data()).get("email")))), 4)
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private Mono<Block> entries(Backend backend, String token, @Nullable UUID customerId, int limit) {
        return customerId == null
                ? backends.get(backend, token, properties.blockTimeout(), "/api/admin/audit?limit={limit}", limit)
                : backends.get(backend, token, properties.blockTimeout(),
                        "/api/admin/audit?customerId={customerId}&limit={limit}", customerId, limit);
    }
}
