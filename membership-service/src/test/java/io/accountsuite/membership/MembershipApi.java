package io.accountsuite.membership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.testkit.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The membership API as the tests call it, with a small catalog created through the admin API. */
public record MembershipApi(WebTestClient web) {

    public record Catalog(String basic, String pro, String extraPosts, String setupHelp, String suffix) {
        public String basicSlug() {
            return "basic-" + suffix;
        }

        public String group() {
            return "main-" + suffix;
        }
    }

    public Catalog catalog() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String extraPosts = product(Map.of("type", "package", "name", "Extra posts", "slug", "extra-posts-" + suffix,
                "currency", "USD", "price", "2.00", "periodDuration", 1, "periodUnit", "month",
                "limits", Map.of("posts", 50)));
        String setupHelp = product(Map.of("type", "service", "name", "Setup help", "slug", "setup-help-" + suffix,
                "currency", "USD", "price", "40.00", "periodDuration", 0, "periodUnit", "one-time"));
        String basic = product(map("type", "plan", "name", "Basic", "slug", "basic-" + suffix, "currency", "USD",
                "price", "10.00", "setupFee", "5.00", "periodDuration", 1, "periodUnit", "month", "group",
                "main-" + suffix, "addOns", List.of(extraPosts, setupHelp),
                "limits", Map.of("diskMb", 500, "posts", 10, "pages", 5, "users", 1, "customDomains", false)));
        String pro = product(map("type", "plan", "name", "Pro", "slug", "pro-" + suffix, "currency", "USD",
                "price", "30.00", "setupFee", "20.00", "periodDuration", 1, "periodUnit", "month", "group",
                "main-" + suffix, "addOns", List.of(extraPosts, setupHelp),
                "limits", Map.of("diskMb", 5000, "posts", 100, "pages", 50, "users", 5, "customDomains", true)));
        return new Catalog(basic, pro, extraPosts, setupHelp, suffix);
    }

    public String product(Map<String, Object> body) {
        return web.post().uri("/api/admin/products").headers(h -> h.setBearerAuth(admin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    public Map<?, ?> create(UUID customer, String planId) {
        return web.post().uri("/api/memberships").headers(h -> h.setBearerAuth(TestTokens.accessToken(customer)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("planId", planId, "site", Map.of("title", "My site", "slug",
                        "site-" + UUID.randomUUID().toString().substring(0, 8))))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    public WebTestClient.ResponseSpec post(UUID customer, String path, Object body) {
        return web.post().uri(path).headers(h -> h.setBearerAuth(TestTokens.accessToken(customer)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** A PUT as the network admin. */
    public WebTestClient.ResponseSpec put(String path, Object body) {
        return web.put().uri(path).headers(h -> h.setBearerAuth(admin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** A GET as the network admin. */
    public WebTestClient.ResponseSpec adminGet(String path) {
        return web.get().uri(path).headers(h -> h.setBearerAuth(admin())).exchange();
    }

    /** A POST as the network admin. */
    public WebTestClient.ResponseSpec adminPost(String path, Object body) {
        return web.post().uri(path).headers(h -> h.setBearerAuth(admin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The admin starts a membership of {@code planId} for {@code customer}, with what {@code extra} adds. */
    public WebTestClient.ResponseSpec give(UUID customer, String planId, Object... extra) {
        Map<String, Object> body = map("customerId", customer.toString(), "planId", planId, "site",
                Map.of("title", "Given", "slug", "given-" + UUID.randomUUID().toString().substring(0, 8)));
        body.putAll(map(extra));
        return adminPost("/api/admin/memberships", body);
    }

    public WebTestClient.ResponseSpec get(UUID customer, String path) {
        return web.get().uri(path).headers(h -> h.setBearerAuth(TestTokens.accessToken(customer))).exchange();
    }

    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The network admin's id, the actor of its audit entries. */
    public static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0000-00000000ad01");

    private static String admin() {
        return TestTokens.accessToken(ADMIN, "customer", "admin");
    }
}
