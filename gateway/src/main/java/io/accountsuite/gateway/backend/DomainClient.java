package io.accountsuite.gateway.backend;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * domain-service as the gateway uses it: a site's custom domains, whether it may add one, and the network's domain
 * settings ({@code contract-fixtures/domain/*.json}, checked by domain-service's tests).
 */
@Component
@RequiredArgsConstructor
public class DomainClient {

    /** The field of {@code GET /api/sites/{id}/domains/entitlement} the gateway reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entitlement(boolean allowed) {
    }

    private static final String SETTINGS = "/api/admin/settings/domains";

    private final Backends backends;

    public Mono<Block> domains(String token, Duration timeout, String siteId) {
        return backends.get(Backend.DOMAIN, token, timeout, "/api/sites/{id}/domains", siteId);
    }

    /** Whether the network and the site's plan allow it another custom domain now (internal: not routed). */
    public Mono<Block> entitlement(String token, Duration timeout, String siteId) {
        return backends.get(Backend.DOMAIN, token, timeout, "/api/sites/{id}/domains/entitlement", siteId);
    }

    public Mono<Block> settings(String token, Duration timeout) {
        return backends.get(Backend.DOMAIN, token, timeout, SETTINGS);
    }

    public Mono<ResponseEntity<byte[]>> saveSettings(String token, Object settings) {
        return backends.relay(Backend.DOMAIN, HttpMethod.PUT, token, settings, SETTINGS);
    }
}
