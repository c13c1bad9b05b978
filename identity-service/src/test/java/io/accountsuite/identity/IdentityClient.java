package io.accountsuite.identity;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Calls identity-service's API the way clients do, for the tests. */
public record IdentityClient(WebTestClient web) {

    public static final String PASSWORD = "a long and uncommon passphrase";

    public record Signed(UUID id, String email, String accessToken, String refreshToken) {
    }

    /**
     * Signs a new customer up (from an address of their own, as the gateway reports it), then in, as a client
     * does: the sign-up answers 202 without tokens.
     */
    public Signed register() {
        String email = "c" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        signUp(email, "203.0.113." + (1 + Math.abs(email.hashCode() % 250))).expectStatus().isAccepted();
        Map<?, ?> tokens = tokens(login(email, PASSWORD));
        String access = (String) tokens.get("accessToken");
        Map<?, ?> profile = get("/api/account/profile", access).expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
        return new Signed(UUID.fromString((String) profile.get("id")), email, access,
                (String) tokens.get("refreshToken"));
    }

    /** A sign-up as the gateway passes it on, with the client's address in {@code X-Client-Address}. */
    public WebTestClient.ResponseSpec signUp(String email, String clientAddress) {
        return web.post().uri("/api/auth/register").header("X-Client-Address", clientAddress)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", PASSWORD, "name", "Ann Example")).exchange();
    }

    public WebTestClient.ResponseSpec login(String email, String password) {
        return web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password)).exchange();
    }

    public Map<?, ?> tokens(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    public WebTestClient.ResponseSpec refresh(String refreshToken) {
        return web.post().uri("/api/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refreshToken", refreshToken)).exchange();
    }

    public WebTestClient.ResponseSpec post(String path, String accessToken, Object body) {
        return web.post().uri(path).headers(h -> h.setBearerAuth(accessToken))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    public WebTestClient.ResponseSpec patch(String path, String accessToken, Object body) {
        return web.patch().uri(path).headers(h -> h.setBearerAuth(accessToken))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    public WebTestClient.ResponseSpec get(String path, String accessToken) {
        return web.get().uri(path).headers(h -> h.setBearerAuth(accessToken)).exchange();
    }
}
