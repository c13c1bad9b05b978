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

    public Signed register() {
        String email = "c" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Map<?, ?> body = web.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", PASSWORD, "name", "Ann Example"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> customer = (Map<?, ?>) body.get("customer");
        Map<?, ?> tokens = (Map<?, ?>) body.get("tokens");
        return new Signed(UUID.fromString((String) customer.get("id")), email, (String) tokens.get("accessToken"),
                (String) tokens.get("refreshToken"));
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

    public WebTestClient.ResponseSpec get(String path, String accessToken) {
        return web.get().uri(path).headers(h -> h.setBearerAuth(accessToken)).exchange();
    }
}
