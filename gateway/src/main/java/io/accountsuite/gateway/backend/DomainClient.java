package io.accountsuite.gateway.backend;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * domain-service as the gateway uses it: the caller's sites' custom domains with whether each may add one, and the
 * network's domain settings ({@code contract-fixtures/domain/*.json}, checked by domain-service's tests).
 */
@Component
@RequiredArgsConstructor
public class DomainClient {

    /** The field of a site's {@code entitlement} the gateway reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entitlement(boolean allowed) {
    }

    private static final String SETTINGS = "/api/admin/settings/domains";

    private final Backends backends;

    /**
     * The page's domain blocks in one call: {@code [{siteId, domains, entitlement}]} for each of the caller's sites
     * known to domain-service; {@code entitlement.allowed} says whether the network, the plan and the membership's
     * standing allow another custom domain now.
     */
    public Mono<Block> overview(String token, Duration timeout) {
        return backends.get(Backend.DOMAIN, token, timeout, "/api/domains/overview").map(Block::noneAsUnavailable);
    }

    public Mono<Block> settings(String token, Duration timeout) {
        return backends.get(Backend.DOMAIN, token, timeout, SETTINGS);
    }

    public Mono<ResponseEntity<byte[]>> saveSettings(String token, Object settings) {
        return backends.relay(Backend.DOMAIN, HttpMethod.PUT, token, settings, SETTINGS);
    }
}
