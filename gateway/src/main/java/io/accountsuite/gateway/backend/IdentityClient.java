package io.accountsuite.gateway.backend;

import java.time.Duration;
import java.util.Map;

import io.accountsuite.platform.security.TrustedProxies;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/**
 * identity-service as the gateway uses it: the customer's profile for the page, the password and email changes, and
 * the web page's sign-in, refresh and sign-out. These last three do not go through the breaker: each gives up after
 * {@link #TIMEOUT} with a {@link java.util.concurrent.TimeoutException}, as a refused connection fails with a
 * {@link org.springframework.web.reactive.function.client.WebClientRequestException}: the page then says signing in
 * is unavailable, or renders without refreshing.
 */
@Component
public class IdentityClient {

    /** Longer than a sign-in's password check under load (identity waits 2 s for a hashing slot). */
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final WebClient web;
    private final Backends backends;

    IdentityClient(WebClient.Builder builder, BackendUrls urls, Backends backends) {
        this.web = builder.clone().baseUrl(urls.identity().toString()).build();
        this.backends = backends;
    }

    /** The login answer: the tokens and the customer's saved language ({@code en}, {@code fr}; null if not sent). */
    public record Tokens(String accessToken, String refreshToken, long expiresIn, @Nullable String language) {
    }

    /** Identity's refusal, with its status and problem body, for the page to explain. */
    public record Refusal(HttpStatusCode status, Map<String, Object> problem, String retryAfter) {
    }

    /** GET /api/account/profile: the caller's name and e-mail ({@code contract-fixtures/identity/profile.json}). */
    public Mono<Block> profile(String token, Duration timeout) {
        return backends.get(Backend.IDENTITY, token, timeout, "/api/account/profile");
    }

    /** POST /api/account/password, relayed: identity's own status and problem body. */
    public Mono<ResponseEntity<byte[]>> changePassword(String token, Object body) {
        return backends.relay(Backend.IDENTITY, HttpMethod.POST, token, body, "/api/account/password");
    }

    /**
     * POST /api/account/email, relayed: identity's own status (204 once the link to the new address is on its way)
     * and problem body.
     */
    public Mono<ResponseEntity<byte[]>> changeEmail(String token, Object body) {
        return backends.relay(Backend.IDENTITY, HttpMethod.POST, token, body, "/api/account/email");
    }

    /**
     * PATCH /api/account/profile with {@code {"language": "fr"}}, relayed: identity's own status (200 with the
     * profile) and problem body (400 for a language it does not speak).
     */
    public Mono<ResponseEntity<byte[]>> chooseLanguage(String token, String language) {
        return backends.relay(Backend.IDENTITY, HttpMethod.PATCH, token, Map.of("language", language),
                "/api/account/profile");
    }

    public Mono<Tokens> login(String email, String password, String clientAddress) {
        return web.post().uri("/api/auth/login")
                .header(TrustedProxies.CLIENT_ADDRESS, clientAddress)
                .bodyValue(Map.of("email", email, "password", password))
                .retrieve().bodyToMono(Tokens.class).timeout(TIMEOUT);
    }

    /**
     * POST /api/auth/register for the sign-up page: completes empty on 202, which comes alike for a new and a taken
     * address; a refusal (400 fields, 429) is a {@link WebClientResponseException} to read with {@link #refusal}.
     */
    public Mono<Void> register(String email, String password, String name, String clientAddress) {
        return web.post().uri("/api/auth/register")
                .header(TrustedProxies.CLIENT_ADDRESS, clientAddress)
                .bodyValue(Map.of("email", email, "password", password, "name", name))
                .retrieve().toBodilessEntity().timeout(TIMEOUT).then();
    }

    public Mono<Tokens> refresh(String refreshToken, String clientAddress) {
        return web.post().uri("/api/auth/refresh")
                .header(TrustedProxies.CLIENT_ADDRESS, clientAddress)
                .bodyValue(Map.of("refreshToken", refreshToken))
                .retrieve().bodyToMono(Tokens.class).timeout(TIMEOUT);
    }

    public Mono<Void> logout(String accessToken, String clientAddress) {
        return web.post().uri("/api/auth/logout")
                .header(TrustedProxies.CLIENT_ADDRESS, clientAddress)
                .headers(h -> h.setBearerAuth(accessToken))
                .retrieve().toBodilessEntity().timeout(TIMEOUT).then();
    }

    public static Refusal refusal(WebClientResponseException e) {
        Map<String, Object> body;
        try {
            body = e.getResponseBodyAs(new ParameterizedTypeReference<Map<String, Object>>() {
            });
        } catch (RuntimeException unreadable) {
            body = null;
        }
        return new Refusal(e.getStatusCode(), body == null ? Map.of() : body,
                e.getHeaders().getFirst("Retry-After"));
    }
}
