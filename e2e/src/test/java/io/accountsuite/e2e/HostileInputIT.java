package io.accountsuite.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.accountsuite.e2e.Customers.Customer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every write of the public API and every read by id, through the gateway, against what a careless or hostile
 * client sends: bodies that are not JSON objects, each field in turn of the wrong type, empty, huge, or with control
 * characters, and ids in the path that are malformed, unknown or another customer's. Whatever the answer, it is never a 5xx, and a refusal
 * is an RFC 9457 problem with a {@code type}. The fields left alone keep valid values, so the field that changed is
 * the one being judged; values a field accepts as valid (a {@code confirm: true}) are never sent, so nothing here
 * deletes what the next request needs.
 */
@ExtendWith(RunningSuite.class)
class HostileInputIT {

    private static final HttpClient HTTP = RunningSuite.httpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Object> WRONG_VALUES = List.of("", " ", "x".repeat(20_000), "\u0000\u0007\u001b[2J",
            "😀".repeat(300), "../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --", 0, -1, 12345,
            1e308, 9_223_372_036_854_775_807L, true, false, List.of(1, "two"), Map.of("nested", Map.of()));
    private static final List<String> NOT_OBJECTS = List.of("", "{", "{\"a\":", "[]", "null", "\"text\"", "42",
            "{\"a\":1,\"a\":2}", "\u0000");
    private static final List<String> WRONG_IDS = List.of("not-an-id", "00000000-0000-0000-0000-000000000000",
            UUID.randomUUID().toString(), "1", "%00", "x".repeat(300), "..%2F..%2Fadmin");

    private static Customer owner;
    private static String token;
    private static String stranger;
    private static String adminToken;
    private static Map<String, String> ids;
    private static Map<String, Object> networkSettings;

    record Endpoint(String method, String path, Map<String, Object> validBody, boolean admin) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Attempt(Endpoint endpoint, String path, String body, String what) {
        @Override
        public String toString() {
            return endpoint + " with " + what;
        }
    }

    /** Argument sources read these ids: JUnit asks them after the class's {@code @BeforeAll}. */
    @BeforeAll
    static void aCustomerWithSomethingOfEachKind() {
        owner = Customers.withPlan("demo-pro");
        token = Customers.signIn(owner.email(), Customers.PASSWORD);
        adminToken = Customers.admin();
        stranger = Customers.create().token();
        String domain = "hostile-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        var added = call("POST", gateway("/api/sites/" + owner.siteId() + "/domains"), token,
                Map.of("domain", domain, "primary", true));
        assertThat(added.status()).isEqualTo(201);
        ids = new LinkedHashMap<>();
        ids.put("site", owner.siteId());
        ids.put("domain", added.string("id"));
        ids.put("membership", call("GET", gateway("/api/memberships"), token, null).list().get(0).get("id").toString());
        ids.put("invoice", await().atMost(Duration.ofSeconds(30))
                .until(() -> call("GET", gateway("/api/billing/invoices"), token, null).list(), l -> !l.isEmpty())
                .get(0).get("id").toString());
        ids.put("template", call("GET", gateway("/api/sites/" + owner.siteId() + "/templates"), token, null)
                .list().get(0).get("id").toString());
        ids.put("plan", Customers.membership("demo-basic", "x", "x").get("planId").toString());
        ids.put("switch", UUID.randomUUID().toString());
        ids.put("creditNote", UUID.randomUUID().toString());
        var settings = call("GET", gateway("/api/admin/settings"), adminToken, null);
        assertThat(settings.status()).isEqualTo(200);
        networkSettings = settings.body();
    }

    @AfterAll
    static void theNetworkSettingsAsTheyWere() {
        assertThat(call("PUT", gateway("/api/admin/settings"), Customers.admin(), networkSettings).status())
                .isEqualTo(200);
    }

    private static final String HOSTILE_CLIENT = "203.0.113.66";

    static Stream<Endpoint> endpoints() {
        String wrongPassword = "not the password at all";
        Map<String, Object> settings = networkSettings == null ? Map.of() : networkSettings;
        return Stream.of(
                new Endpoint("POST", "/api/auth/register",
                        Map.of("email", "new-" + UUID.randomUUID() + "@example.com", "password", "a long enough pass 1",
                                "name", "New"), false),
                new Endpoint("POST", "/api/auth/login", Map.of("email", "nobody@example.com", "password", wrongPassword),
                        false),
                new Endpoint("POST", "/api/auth/refresh", Map.of("refreshToken", "not-a-refresh-token"), false),
                new Endpoint("POST", "/api/account/password", Map.of("currentPassword", wrongPassword,
                        "newPassword", "another long pass 2", "newPasswordConfirmation", "another long pass 2"), false),
                new Endpoint("POST", "/api/account/email",
                        Map.of("password", wrongPassword, "newEmail", "other@example.com"), false),
                new Endpoint("POST", "/api/account/deletion", Map.of("password", wrongPassword, "confirm", true), false),
                new Endpoint("POST", "/api/memberships", Map.of("planId", "{plan}", "addOns", List.of(),
                        "site", Map.of("title", "Hostile", "slug", "hostile-site", "templateId", "{template}")), false),
                new Endpoint("POST", "/api/memberships/{membership}/change/preview", Map.of("planId", "{plan}"), false),
                new Endpoint("POST", "/api/memberships/{membership}/change", Map.of("planId", "{plan}"), false),
                new Endpoint("POST", "/api/memberships/{membership}/cancellation",
                        Map.of("reason", "other", "details", "d", "confirm", "NO"), false),
                new Endpoint("PUT", "/api/billing/address", Map.of("email", "billing@example.com", "line1", "1 Rue",
                        "city", "Lyon", "postalCode", "69001", "country", "FR"), false),
                new Endpoint("POST", "/api/billing/invoices/{invoice}/payment", Map.of(), false),
                new Endpoint("POST", "/api/sites/{site}/template-switches",
                        Map.of("templateId", "{template}", "confirm", false), false),
                new Endpoint("POST", "/api/sites/{site}/deletion", Map.of("confirm", false), false),
                new Endpoint("POST", "/api/sites/{site}/domains", Map.of("domain", "{domain}", "primary", false),
                        false),
                new Endpoint("POST", "/api/sites/{site}/domains/{domain}/primary", Map.of("confirm", false), false),
                new Endpoint("POST", "/api/sites/{site}/domains/{domain}/verification", Map.of(), false),
                new Endpoint("GET", "/api/memberships/{membership}", null, false),
                new Endpoint("GET", "/api/memberships/{membership}/change-options", null, false),
                new Endpoint("DELETE", "/api/memberships/{membership}/scheduled-change", null, false),
                new Endpoint("DELETE", "/api/memberships/{membership}/pending-change", null, false),
                new Endpoint("POST", "/api/memberships/{membership}/resubscription", null, false),
                new Endpoint("GET", "/api/billing/invoices/{invoice}", null, false),
                new Endpoint("GET", "/api/billing/invoices/{invoice}/pdf", null, false),
                new Endpoint("GET", "/api/billing/credit-notes/{creditNote}/pdf", null, false),
                new Endpoint("GET", "/api/sites/{site}", null, false),
                new Endpoint("GET", "/api/sites/{site}/templates", null, false),
                new Endpoint("GET", "/api/sites/{site}/template-switches/{switch}", null, false),
                new Endpoint("GET", "/api/sites/{site}/domains", null, false),
                new Endpoint("DELETE", "/api/sites/{site}/domains/{domain}", null, false),
                new Endpoint("POST", "/api/admin/customers",
                        Map.of("email", "taken@example.com", "password", "short", "name", "N"), true),
                new Endpoint("POST", "/api/admin/templates", Map.of("name", "", "description", "d",
                        "posts", List.of(), "pages", List.of(), "media", List.of()), true),
                // A service (never a plan's add-on here), so an accepted variant does not change what plans offer.
                new Endpoint("POST", "/api/admin/products", Map.of("type", "service", "name", "Hostile help",
                        "slug", "hostile-help", "currency", "USD", "price", "1.00", "periodDuration", 0,
                        "periodUnit", "one-time"), true),
                // Never a refund: the "valid" amount is more than the invoice's payment, so only the field judged
                // decides the answer, and nothing is refunded.
                new Endpoint("POST", "/api/admin/invoices/{invoice}/refunds",
                        Map.of("amount", "99999.00", "reason", "Hostile refund"), true),
                // Composed by the gateway from two services; the settings are put back after the class.
                new Endpoint("PUT", "/api/admin/settings", settings, true));
    }

    static Stream<Attempt> attempts() {
        return endpoints().flatMap(endpoint -> {
            String path = fill(endpoint.path());
            List<Attempt> attempts = new ArrayList<>();
            if (endpoint.validBody() != null) {
                NOT_OBJECTS.forEach(raw -> attempts.add(new Attempt(endpoint, path, raw, "body " + shorten(raw))));
            }
            Map<String, Object> valid = fillAll(endpoint.validBody());
            for (String field : valid.keySet()) {
                for (Object wrong : WRONG_VALUES) {
                    if (wrong.equals(valid.get(field))) {
                        continue;
                    }
                    Map<String, Object> body = new LinkedHashMap<>(valid);
                    body.put(field, wrong);
                    attempts.add(new Attempt(endpoint, path, JSON.writeValueAsString(body),
                            field + " = " + shorten(JSON.writeValueAsString(wrong))));
                }
                Map<String, Object> without = new LinkedHashMap<>(valid);
                without.remove(field);
                attempts.add(new Attempt(endpoint, path, JSON.writeValueAsString(without), "no " + field));
            }
            for (String placeholder : placeholdersIn(endpoint.path())) {
                for (String wrongId : WRONG_IDS) {
                    String wrongPath = fill(endpoint.path().replace("{" + placeholder + "}", wrongId));
                    attempts.add(new Attempt(endpoint, wrongPath, body(endpoint, valid),
                            placeholder + " id " + shorten(wrongId)));
                }
            }
            return attempts.stream();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    void is_never_a_server_error_and_a_refusal_is_a_problem(Attempt attempt) throws Exception {
        HttpResponse<String> answer = send(attempt, attempt.endpoint().admin() ? adminToken : token);

        assertThat(answer.statusCode()).as("%s answered %s", attempt, answer.body()).isLessThan(500);
        if (!attempt.endpoint().path().matches("/api/(auth|account)/.*")) {
            // Only credential checks may refuse with 401: elsewhere it would mean the request never got in.
            assertThat(answer.statusCode()).as("%s answered %s", attempt, answer.body()).isNotEqualTo(401);
        }
        if (answer.statusCode() >= 400) {
            assertThat(answer.headers().firstValue("Content-Type")).as(attempt.toString())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(answer.body()).path("type").asString()).as(attempt.toString())
                    .startsWith("https://");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownedEndpoints")
    void another_customers_resource_is_not_found(Endpoint endpoint) throws Exception {
        Attempt attempt = new Attempt(endpoint, fill(endpoint.path()),
                body(endpoint, confirming(fillAll(endpoint.validBody()))), "another customer's token");

        HttpResponse<String> answer = send(attempt, stranger);

        assertThat(answer.statusCode()).as("%s answered %s", attempt, answer.body()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    static Stream<Endpoint> ownedEndpoints() {
        return endpoints().filter(endpoint -> !endpoint.admin() && !placeholdersIn(endpoint.path()).isEmpty());
    }

    /** The body the owner would send to have it done: confirmations given. */
    private static Map<String, Object> confirming(Map<String, Object> body) {
        Map<String, Object> confirmed = new LinkedHashMap<>(body);
        confirmed.computeIfPresent("confirm", (key, value) -> value instanceof String ? "CANCEL" : true);
        return confirmed;
    }

    private static HttpResponse<String> send(Attempt attempt, String bearer) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway(attempt.path())))
                .timeout(Duration.ofSeconds(30))
                .method(attempt.endpoint().method(), attempt.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(attempt.body()))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearer)
                // The hostile client has an address of its own (the test talks from the loopback, a trusted
                // proxy): its hundreds of failed sign-ins fill its throttling bucket, not the journeys' one.
                .header("X-Forwarded-For", HOSTILE_CLIENT)
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            // Every hop behind the gateway gives up within 10 s, so no answer in 30 s is a hang worth naming.
            throw new AssertionError(attempt + " got no answer within 30 s", e);
        }
    }

    private static List<String> placeholdersIn(String path) {
        return Pattern.compile("\\{(\\w+)}").matcher(path).results().map(m -> m.group(1)).toList();
    }

    private static String fill(String text) {
        String filled = text;
        for (var id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        return filled;
    }

    /** The JSON to send, or null for an endpoint that takes no body. */
    private static String body(Endpoint endpoint, Map<String, Object> valid) {
        return endpoint.validBody() == null ? null : JSON.writeValueAsString(valid);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fillAll(Map<String, Object> body) {
        Map<String, Object> filled = new LinkedHashMap<>();
        if (body == null) {
            return filled;
        }
        body.forEach((key, value) -> filled.put(key, value instanceof String text ? fill(text)
                : value instanceof Map<?, ?> nested ? fillAll((Map<String, Object>) nested) : value));
        return filled;
    }

    private static String shorten(String text) {
        return text.length() > 24 ? text.substring(0, 24) + "…(" + text.length() + ")" : text;
    }
}
