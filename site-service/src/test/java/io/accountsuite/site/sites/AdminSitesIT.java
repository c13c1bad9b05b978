package io.accountsuite.site.sites;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.Entitlements;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipCreated;
import io.accountsuite.contracts.membership.MembershipEvents.RequestedSite;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.events.ReceivedEvent;
import io.accountsuite.platform.inbox.EventHandler;
import io.accountsuite.platform.inbox.Inbox;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The network admin's list of sites, and what deactivating a template changes for them (issue 20's admin API). */
@ServiceTest
class AdminSitesIT {

    private static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0000-00000000ad01");

    @Autowired WebTestClient web;
    @Autowired EventJson json;
    @Autowired Inbox inbox;
    @Autowired List<EventHandler<?>> handlers;

    final UUID ann = UUID.randomUUID();
    final UUID bob = UUID.randomUUID();
    String bakery;
    String portfolio;
    String annSite;
    String bobSite;

    /** Ann's active membership's site from Bakery, then Bob's pending one's without a template. */
    @BeforeEach
    void sites() {
        bakery = template("Bakery");
        portfolio = template("Portfolio");
        annSite = site(ann, "active", "Ann's Bakery", UUID.fromString(bakery));
        bobSite = site(bob, "pending", "Bob's", null);
    }

    @Test
    void the_list_shows_every_customers_sites_newest_first_with_address_template_and_whether_served() {
        admin("/api/admin/sites").expectStatus().isOk().expectBody()
                .jsonPath("$[*].id").isEqualTo(List.of(bobSite, annSite))
                .jsonPath("$[1].customerId").isEqualTo(ann.toString())
                .jsonPath("$[1].membershipId").isNotEmpty()
                .jsonPath("$[1].title").isEqualTo("Ann's Bakery")
                .jsonPath("$[1].address").value(a -> assertThat(a.toString()).matches("ann-\\w+\\.sites\\.example"))
                .jsonPath("$[1].templateName").isEqualTo("Bakery")
                .jsonPath("$[1].served").isEqualTo(true)
                .jsonPath("$[1].createdAt").isNotEmpty()
                .jsonPath("$[0].templateName").doesNotExist()
                .jsonPath("$[0].served").isEqualTo(false);
    }

    @Test
    void the_list_filters_by_customer_and_holds_at_most_the_limit() {
        admin("/api/admin/sites?customerId=" + ann).expectBody().jsonPath("$[*].id").isEqualTo(List.of(annSite));
        admin("/api/admin/sites?customerId=" + UUID.randomUUID()).expectBody().jsonPath("$.length()").isEqualTo(0);
        admin("/api/admin/sites?limit=1").expectBody().jsonPath("$[*].id").isEqualTo(List.of(bobSite));
        admin("/api/admin/sites?customerId=&limit=").expectBody().jsonPath("$.length()").isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"limit=0,limit", "limit=501,limit", "limit=all,limit", "customerId=ann,customerId"})
    void a_bad_query_value_is_a_400_problem_naming_it(String query, String parameter) {
        admin("/api/admin/sites?" + query).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "validation-failed")
                .jsonPath("$.errors[0].field").isEqualTo(parameter);
    }

    @Test
    void a_customer_gets_403() {
        as(ann).get().uri("/api/admin/sites").exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void a_deactivated_template_is_no_longer_offered_to_switch_to_and_sites_made_from_it_keep_its_name() {
        as(ann).get().uri("/api/sites/" + annSite + "/templates").exchange().expectBody()
                .jsonPath("$[*].name").isEqualTo(List.of("Bakery", "Portfolio"));

        as(ADMIN, "admin").put().uri("/api/admin/templates/" + portfolio).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Portfolio", "active", false)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.active").isEqualTo(false);
        as(ADMIN, "admin").put().uri("/api/admin/templates/" + bakery).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Bakery", "active", false)).exchange().expectStatus().isOk();

        as(ann).get().uri("/api/sites/" + annSite + "/templates").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(0);
        as(ann).post().uri("/api/sites/" + annSite + "/template-switches").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("templateId", portfolio, "confirm", true)).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("templateId");
        admin("/api/admin/sites?customerId=" + ann).expectBody().jsonPath("$[0].templateName").isEqualTo("Bakery");
        admin("/api/admin/templates").expectBody().jsonPath("$[*].active").isEqualTo(List.of(false, false));
    }

    private String template(String name) {
        return as(ADMIN, "admin").post().uri("/api/admin/templates").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name, "posts", List.of(Map.of("title", "Welcome")))).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id")
                .toString();
    }

    /** A membership of {@code customer} in {@code status} asks for a site whose plan lets it choose both templates. */
    private String site(UUID customer, String status, String title, UUID template) {
        UUID membership = UUID.randomUUID();
        Entitlements entitlements = new Entitlements(1L, 10L, 10L, 5L, null, null, false, "choose",
                Map.of(bakery, "available", portfolio, "available"));
        String slug = (customer.equals(ann) ? "ann-" : "bob-") + membership.toString().substring(0, 6);
        deliver(customer, membership, MembershipEvents.MEMBERSHIP_CREATED, new MembershipCreated(membership,
                "REF" + membership.toString().substring(0, 7), UUID.randomUUID(), status,
                new RequestedSite(title, slug, template), entitlements, null));
        List<?> sites = as(customer).get().uri("/api/sites").exchange().expectBody(List.class).returnResult()
                .getResponseBody();
        return ((Map<?, ?>) sites.get(0)).get("id").toString();
    }

    /** Hands {@code event} to each of this service's handlers of its type through the inbox, without the broker. */
    private <P> void deliver(UUID customer, UUID membership, EventType<P> type, P payload) {
        EventEnvelope<P> event = EventEnvelope.of(type, Instant.now(), customer, membership, payload);
        ReceivedEvent received = json.read(type.topic(), json.write(event));
        handlers.stream().filter(handler -> received.is(handler.eventType()))
                .forEach(handler -> inbox.process(received, handler).block(Duration.ofSeconds(10)));
    }

    private WebTestClient.ResponseSpec admin(String path) {
        return as(ADMIN, "admin").get().uri(path).exchange();
    }

    private WebTestClient as(UUID caller, String... roles) {
        return web.mutate().defaultHeaders(h -> h.setBearerAuth(TestTokens.accessToken(caller, roles))).build();
    }
}
