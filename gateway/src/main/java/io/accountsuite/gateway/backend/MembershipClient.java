package io.accountsuite.gateway.backend;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** membership-service as the gateway uses it: the caller's memberships and what they may change to. */
@Component
@RequiredArgsConstructor
public class MembershipClient {

    /**
     * The fields of a {@code GET /api/memberships} item the gateway itself reads; the page shows more
     * ({@code contract-fixtures/membership/memberships.json}, checked by membership-service's tests).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Membership(String id, String status, @Nullable Object pendingChange,
                             @Nullable Object scheduledChange) {
    }

    private final Backends backends;

    /** GET /api/memberships: the caller's memberships, newest first. */
    public Mono<Block> memberships(String token, Duration timeout) {
        return backends.get(Backend.MEMBERSHIP, token, timeout, "/api/memberships");
    }

    /** GET /api/memberships/{id}/change-options: the plans and add-ons the membership may change to. */
    public Mono<Block> changeOptions(String token, Duration timeout, String membershipId) {
        return backends.get(Backend.MEMBERSHIP, token, timeout, "/api/memberships/{id}/change-options", membershipId);
    }
}
