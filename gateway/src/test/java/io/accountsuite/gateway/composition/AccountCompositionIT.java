package io.accountsuite.gateway.composition;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.GatewayTestBackends;
import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.testkit.StubBackend;
import io.accountsuite.testkit.StubBackend.Answer;
import io.accountsuite.testkit.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.gateway.GatewayTestBackends.BILLING;
import static io.accountsuite.gateway.GatewayTestBackends.DOMAIN;
import static io.accountsuite.gateway.GatewayTestBackends.IDENTITY;
import static io.accountsuite.gateway.GatewayTestBackends.MEMBERSHIP;
import static io.accountsuite.gateway.GatewayTestBackends.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@GatewayTest
class AccountCompositionIT {

    private static final String SITE_ID = "5e5e5e5e-0000-0000-0000-000000000001";
    /**
     * Each of the page's calls may take 800 ms and a slow backend here takes 3 s: an answer under 2.5 s shows the
     * slow call was cut off, with room for a busy 2-core machine (latency itself is measured in bench/, not here).
     */
    private static final Duration CUT_OFF = Duration.ofMillis(2500);

    /** Breakers that open after 4 calls and try again after 2 s, for the breaker tests below. */
    @DynamicPropertySource
    static void smallBreakers(DynamicPropertyRegistry registry) {
        registry.add("gateway.breakers.window", () -> 4);
        registry.add("gateway.breakers.open-for", () -> "2s");
    }

    @Autowired WebTestClient web;
    @LocalManagementPort int managementPort;
    @Autowired Backends backends;

    private final UUID ann = UUID.randomUUID();

    @BeforeEach
    void everyBackendAnswers() {
        GatewayTestBackends.resetAll();
        backends.resetBreakers();
        IDENTITY.answer("GET", "/api/account/profile", Answer.json(200, "{\"name\":\"Ann\"}"));
        MEMBERSHIP.answer("GET", "/api/memberships", Answer.json(200, "[{\"id\":\"m1\",\"status\":\"active\"}]"));
        SITE.answer("GET", "/api/sites/overview", Answer.json(200, siteOverview("[{\"id\":\"t1\"}]")));
        BILLING.answer("GET", "/api/billing/overview", Answer.json(200, "{\"address\":null,\"invoices\":"
                + "[{\"id\":\"i1\",\"payable\":true},{\"id\":\"i2\",\"payable\":false}],"
                + "\"creditNotes\":[],\"accountCredit\":[]}"));
        DOMAIN.answer("GET", "/api/domains/overview", Answer.json(200, "[{\"siteId\":\"" + SITE_ID
                + "\",\"domains\":[],\"entitlement\":{\"allowed\":true}}]"));
    }

    private static String siteOverview(String templates) {
        return "[" + siteEntry(SITE_ID, "m1", "Bakery", templates) + "]";
    }

    private static String siteEntry(String id, String membershipId, String title, String templates) {
        return "{\"site\":{\"id\":\"" + id + "\",\"membershipId\":\"" + membershipId + "\",\"title\":\"" + title
                + "\",\"limits\":{\"posts\":{\"allowed\":10,\"usage\":2}}},\"templates\":" + templates + "}";
    }

    @ParameterizedTest
    @MethodSource("membershipActions")
    void the_membership_actions_follow_its_status(String membership, List<String> offered, List<String> notOffered) {
        MEMBERSHIP.answer("GET", "/api/memberships", Answer.json(200, "[" + membership + "]"));
        Map<?, ?> body = page().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<String> rels = ((List<?>) body.get("links")).stream().map(l -> (String) ((Map<?, ?>) l).get("rel"))
                .toList();
        assertThat(rels).containsAll(offered).doesNotContainAnyElementsOf(notOffered);
    }

    static Stream<Arguments> membershipActions() {
        return Stream.of(
                Arguments.of("{\"id\":\"m1\",\"status\":\"pending\"}", List.of("cancelMembership"),
                        List.of("changeMembership", "resubscribe")),
                Arguments.of("{\"id\":\"m1\",\"status\":\"active\",\"pendingChange\":{\"invoiceId\":\"i9\"}}",
                        List.of("changeMembership", "cancelMembership", "discardPendingChange"), List.of("resubscribe")),
                Arguments.of("{\"id\":\"m1\",\"status\":\"cancelled\"}", List.of("resubscribe"),
                        List.of("cancelMembership", "changeMembership")),
                Arguments.of("{\"id\":\"m1\",\"status\":\"expired\"}", List.of("resubscribe", "changeMembership"),
                        List.of("cancelMembership")));
    }

    @Test
    void every_block_comes_back_with_the_actions_allowed_now() {
        page().expectStatus().isOk().expectBody()
                .jsonPath("$.profile.status").isEqualTo("ok")
                .jsonPath("$.profile.data.name").isEqualTo("Ann")
                .jsonPath("$.membership.data.id").isEqualTo("m1")
                .jsonPath("$.site.data.title").isEqualTo("Bakery")
                .jsonPath("$.limits.data.posts.allowed").isEqualTo(10)
                .jsonPath("$.billingAddress.status").isEqualTo("none")
                .jsonPath("$.invoices.data.length()").isEqualTo(2)
                .jsonPath("$.domains.status").isEqualTo("ok")
                .jsonPath("$.templates.status").isEqualTo("ok")
                .jsonPath("$.links[?(@.rel == 'changeTemplate')]").exists()
                .jsonPath("$.links[?(@.rel == 'addDomain')]").exists()
                .jsonPath("$.links[?(@.rel == 'payInvoice')].href").isEqualTo("/api/billing/invoices/i1/payment");
        assertThat(SITE.requests("GET", "/api/sites/overview").get(0).header("Authorization"))
                .startsWith("Bearer ");
    }

    @Test
    void the_page_makes_one_call_a_service() {
        page().expectStatus().isOk();
        STUBS.forEach((name, stub) -> assertThat(stub.requests()).as(name)
                .singleElement().extracting(StubBackend.Request::path).isEqualTo(PATHS.get(name)));
    }

    @Test
    void a_site_domain_service_does_not_know_yet_has_no_domains_and_offers_none_to_add() {
        DOMAIN.answer("GET", "/api/domains/overview", Answer.json(200, "[{\"siteId\":\"another\","
                + "\"domains\":[{\"domain\":\"other.example\"}],\"entitlement\":{\"allowed\":true}}]"));
        page().expectStatus().isOk().expectBody()
                .jsonPath("$.site.status").isEqualTo("ok")
                .jsonPath("$.domains.status").isEqualTo("none")
                .jsonPath("$.links[?(@.rel == 'addDomain')]").doesNotExist();
    }

    @Test
    void the_site_shown_is_the_one_of_the_membership_shown() {
        SITE.answer("GET", "/api/sites/overview", Answer.json(200, "[" + siteEntry("s0", "m0", "Older", "null") + ","
                + siteEntry(SITE_ID, "m1", "Bakery", "[]") + "]"));
        page().expectStatus().isOk().expectBody()
                .jsonPath("$.membership.data.id").isEqualTo("m1")
                .jsonPath("$.site.data.title").isEqualTo("Bakery");

        MEMBERSHIP.answer("GET", "/api/memberships", Answer.json(200, "[{\"id\":\"m9\",\"status\":\"pending\"}]"));
        // No site is that membership's yet (a second one awaiting its site): the first site.
        page().expectStatus().isOk().expectBody().jsonPath("$.site.data.title").isEqualTo("Older");
    }

    @Test
    void a_customer_without_a_site_has_no_site_blocks() {
        SITE.answer("GET", "/api/sites/overview", Answer.json(200, "[]"));
        page().expectStatus().isOk().expectBody()
                .jsonPath("$.site.status").isEqualTo("none")
                .jsonPath("$.limits.status").isEqualTo("none")
                .jsonPath("$.domains.status").isEqualTo("none")
                .jsonPath("$.templates.status").isEqualTo("none")
                .jsonPath("$.links[?(@.rel == 'changeTemplate')]").doesNotExist()
                .jsonPath("$.links[?(@.rel == 'addDomain')]").doesNotExist();
    }

    /** Each backend's one path the page reads, and the blocks it feeds (the site's id also picks its domains). */
    private static final Map<String, String> PATHS = Map.of(
            "identity", "/api/account/profile",
            "membership", "/api/memberships",
            "billing", "/api/billing/overview",
            "site", "/api/sites/overview",
            "domain", "/api/domains/overview");
    private static final Map<String, StubBackend> STUBS = Map.of("identity", IDENTITY, "membership", MEMBERSHIP,
            "billing", BILLING, "site", SITE, "domain", DOMAIN);
    private static final Map<String, List<String>> BLOCKS = Map.of(
            "identity", List.of("profile"),
            "membership", List.of("membership"),
            "billing", List.of("billingAddress", "invoices", "creditNotes", "accountCredit"),
            "site", List.of("site", "limits", "templates", "domains"),
            "domain", List.of("domains"));
    private static final List<String> ALL_BLOCKS = List.of("profile", "membership", "site", "limits",
            "billingAddress", "invoices", "creditNotes", "accountCredit", "domains", "templates");

    static Stream<Arguments> each_backend_in_turn() {
        return PATHS.keySet().stream().sorted().flatMap(backend -> Stream.of("down", "erroring", "slow")
                .map(trouble -> Arguments.of(backend, trouble)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("each_backend_in_turn")
    void a_backend_in_trouble_costs_only_its_own_blocks_and_the_page_keeps_its_budget(String backend,
                                                                                     String trouble) {
        StubBackend stub = STUBS.get(backend);
        Answer answer = switch (trouble) {
            case "down" -> Answer.json(503, "{}");
            case "erroring" -> Answer.json(500, "{\"status\":500}");
            default -> Answer.json(200, "{}").after(Duration.ofSeconds(3));
        };
        stub.answer("GET", PATHS.get(backend), answer);

        long start = System.nanoTime();
        var body = page().expectStatus().isOk().expectBody();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        for (String block : ALL_BLOCKS) {
            boolean affected = BLOCKS.get(backend).contains(block);
            String expected = affected ? "unavailable" : "billingAddress".equals(block) ? "none" : "ok";
            body.jsonPath("$." + block + ".status").isEqualTo(expected);
        }
        assertThat(took).as("cut off at the page's budget, well before the slow backend's 3 s")
                .isLessThan(CUT_OFF);
    }

    @Test
    void a_failing_backend_costs_only_its_blocks() {
        MEMBERSHIP.answer("GET", "/api/memberships", Answer.json(500, "{}"));
        SITE.answer("GET", "/api/sites/overview", Answer.json(200, siteOverview("null")));
        page().expectStatus().isOk().expectBody()
                .jsonPath("$.membership.status").isEqualTo("unavailable")
                .jsonPath("$.profile.status").isEqualTo("ok")
                .jsonPath("$.templates.status").isEqualTo("none")
                .jsonPath("$.links[?(@.rel == 'changeMembership')]").doesNotExist()
                .jsonPath("$.links[?(@.rel == 'changeTemplate')]").doesNotExist();
    }

    @Test
    void a_slow_backend_is_cut_off_and_the_page_still_answers_within_its_budget() {
        BILLING.answer("GET", "/api/billing/overview", Answer.json(200, "{}").after(Duration.ofSeconds(3)));
        DOMAIN.answer("GET", "/api/domains/overview", Answer.json(200, "[]").after(Duration.ofSeconds(3)));
        long start = System.nanoTime();
        page().expectStatus().isOk().expectBody()
                .jsonPath("$.invoices.status").isEqualTo("unavailable")
                .jsonPath("$.domains.status").isEqualTo("unavailable")
                .jsonPath("$.site.status").isEqualTo("ok");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(CUT_OFF);
    }

    @Test
    void an_unreachable_backend_makes_its_blocks_unavailable() {
        SITE.answer("GET", "/api/sites/overview", Answer.json(503, "{}"));
        page().expectStatus().isOk().expectBody()
                .jsonPath("$.site.status").isEqualTo("unavailable")
                .jsonPath("$.limits.status").isEqualTo("unavailable")
                .jsonPath("$.domains.status").isEqualTo("unavailable")
                .jsonPath("$.templates.status").isEqualTo("unavailable")
                .jsonPath("$.profile.status").isEqualTo("ok");
    }

    @Test
    void repeated_failures_open_the_breaker_which_recovers_when_the_backend_does() {
        IDENTITY.answer("GET", "/api/account/profile", Answer.json(500, "{}"));
        for (int i = 0; i < 4; i++) {
            page().expectStatus().isOk().expectBody().jsonPath("$.profile.status").isEqualTo("unavailable");
        }
        assertThat(backends.state(Backend.IDENTITY)).isEqualTo(CircuitBreaker.State.OPEN);
        int calls = IDENTITY.requests("GET", "/api/account/profile").size();
        page().expectStatus().isOk().expectBody().jsonPath("$.profile.status").isEqualTo("unavailable");
        assertThat(IDENTITY.requests("GET", "/api/account/profile")).hasSize(calls);

        IDENTITY.answer("GET", "/api/account/profile", Answer.json(200, "{\"name\":\"Ann\"}"));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                page().expectBody().jsonPath("$.profile.status").isEqualTo("ok"));
        assertThat(backends.state(Backend.IDENTITY)).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    /**
     * Prometheus keeps one set of tag keys per meter name: the page's calls once shared the routes' name and, when a
     * routed call came first (as in a running suite), were dropped without a word.
     */
    @Test
    void routed_calls_and_the_pages_calls_are_both_timed() {
        web.get().uri("/api/memberships").headers(h -> h.setBearerAuth(TestTokens.accessToken(ann))).exchange()
                .expectStatus().isOk();
        page().expectStatus().isOk();

        String metrics = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build()
                .get().uri("/actuator/prometheus").exchange().expectBody(String.class).returnResult()
                .getResponseBody();

        assertThat(metrics).contains("resilience4j_circuitbreaker_state{")
                .containsPattern("http_client_requests_seconds_count\\{[^}]*spring_cloud_gateway_route_id=\"membership\"")
                .containsPattern("gateway_backend_requests_seconds_count\\{[^}]*uri=\"/api/sites/overview\"");
    }

    @Test
    void an_overview_answering_4xx_is_unavailable_not_empty_yet_does_not_count_against_the_breaker() {
        BILLING.answer("GET", "/api/billing/overview", Answer.json(404, "{}"));
        for (int i = 0; i < 6; i++) {
            page().expectStatus().isOk().expectBody()
                    .jsonPath("$.invoices.status").isEqualTo("unavailable")
                    .jsonPath("$.billingAddress.status").isEqualTo("unavailable");
        }
        assertThat(backends.state(Backend.BILLING)).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private WebTestClient.ResponseSpec page() {
        return web.get().uri("/api/account").headers(h -> h.setBearerAuth(TestTokens.accessToken(ann))).exchange();
    }
}
