package io.accountsuite.gateway.backend;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * site-service as the gateway uses it: the caller's sites, the page's site with the templates it may switch to, and
 * the network's template settings ({@code contract-fixtures/site/*.json}, checked by site-service's tests).
 */
@Component
@RequiredArgsConstructor
public class SiteClient {

    /**
     * The fields of a site (a {@code GET /api/sites} item, the overview's {@code site}) the gateway itself reads.
     *
     * @param membershipId the membership the site belongs to
     * @param served       false while the site's membership does not stand (awaiting its first payment, expired): its
     *                     content cannot change then; null from a site-service that does not say (served)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Site(String id, @Nullable String membershipId, @Nullable Boolean served) {

        public boolean isServed() {
            return !Boolean.FALSE.equals(served);
        }
    }

    private static final String SETTINGS = "/api/admin/settings/sites";

    private final Backends backends;

    public Mono<Block> sites(String token, Duration timeout) {
        return backends.get(Backend.SITE, token, timeout, "/api/sites");
    }

    /**
     * The page's site blocks in one call: {@code [{site, templates}]}, each of the caller's sites as {@code sites}
     * lists them, with the templates it may switch to now (null when switching is not offered).
     */
    public Mono<Block> overview(String token, Duration timeout) {
        return backends.get(Backend.SITE, token, timeout, "/api/sites/overview").map(Block::noneAsUnavailable);
    }

    public Mono<Block> settings(String token, Duration timeout) {
        return backends.get(Backend.SITE, token, timeout, SETTINGS);
    }

    public Mono<ResponseEntity<byte[]>> saveSettings(String token, Object settings) {
        return backends.relay(Backend.SITE, HttpMethod.PUT, token, settings, SETTINGS);
    }
}
