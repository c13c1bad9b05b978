package io.accountsuite.site.sites;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.Topics;
import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.AccountDeletionRequested;
import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.Entitlements;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipChanged;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipCreated;
import io.accountsuite.contracts.membership.MembershipEvents.RequestedSite;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.events.ReceivedEvent;
import io.accountsuite.platform.inbox.EventHandler;
import io.accountsuite.platform.inbox.Inbox;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.ApiDescriptionContract;
import io.accountsuite.testkit.ContractFixtures;
import io.accountsuite.testkit.MutableClock;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TestTokens;
import io.accountsuite.testkit.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
@Import(MutableClock.Config.class)
class SiteFlowIT {

    /**
     * The session cut-off of the deletions these tests request: before their tokens' issue, so that they can still
     * read what is left (a real deletion's cut-off refuses them: StandardEndpointsContract).
     */
    private static final Instant TOKENS_STILL_VALID_AFTER = Instant.now().minusSeconds(60);

    private static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0000-00000000ad01");
    private static final String PROBLEMS = ProblemType.BASE;

    @Autowired WebTestClient web;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventJson json;
    @Autowired MutableClock clock;
    @Autowired DatabaseClient db;
    @Autowired Inbox inbox;
    @Autowired List<EventHandler<?>> handlers;

    final UUID ann = UUID.randomUUID();
    final UUID membership = UUID.randomUUID();
    String bakery;
    String portfolio;
    String hidden;
    String site;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2027-06-10T10:00:00Z"));
        bakery = template("Bakery", List.of("Welcome", "Our bread"), List.of("About"), 100_000);
        portfolio = template("Portfolio", List.of("My work"), List.of("Contact", "CV"), 200_000);
        hidden = template("Hidden", List.of("Secret"), List.of(), 0);
        // Delivered in process through the inbox, as the Kafka listener would: these tests are about the site, and
        // delivery through the broker has tests of its own below (status changes, plan changes, account deletion).
        deliver(MembershipEvents.MEMBERSHIP_CREATED, new MembershipCreated(membership, "ABCDE12345",
                UUID.randomUUID(), "active", new RequestedSite("Ann's Bakery",
                "ann-bakery-" + UUID.randomUUID().toString().substring(0, 6), UUID.fromString(bakery)),
                entitlements(3L, 2L), null));
        site = siteId(ann);
    }

    @Test
    void every_operation_of_the_api_description_has_a_summary() {
        ApiDescriptionContract.assertEveryOperationSummarised(web);
    }

    @Test
    void the_site_is_created_once_from_its_template_with_the_plans_limits() {
        get(ann, "/api/sites/" + site).expectStatus().isOk().expectBody()
                .jsonPath("$.title").isEqualTo("Ann's Bakery")
                .jsonPath("$.templateId").isEqualTo(bakery)
                .jsonPath("$.address").value(a -> assertThat(a.toString()).endsWith(".sites.example"))
                .jsonPath("$.limits.posts.allowed").isEqualTo(3)
                .jsonPath("$.limits.posts.usage").isEqualTo(2)
                .jsonPath("$.limits.pages.usage").isEqualTo(1)
                .jsonPath("$.limits.diskMb.usage").isEqualTo(1)
                .jsonPath("$.limits.users.allowed").doesNotExist()
                .jsonPath("$.visitsResetOn").isEqualTo("2027-07-01");
        // The gateway's page reads these fields (ContractFixtures): renaming one fails here.
        ContractFixtures.assertCarriesEveryField("site/sites", body(ann, "/api/sites"));
        ContractFixtures.assertCarriesEveryField("site/templates", body(ann, "/api/sites/" + site + "/templates"));
        // ... and has the shape site-service's own API description gives it.
        ApiDescriptionContract.assertAnswerMatchesDescription(web, "GET", "/api/sites", 200, body(ann, "/api/sites"));
        ApiDescriptionContract.assertAnswerMatchesDescription(web, "GET", "/api/sites/{id}/templates", 200,
                body(ann, "/api/sites/" + site + "/templates"));
        await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.readAll(Topics.SITE).stream()
                .anyMatch(r -> r.value().contains("SiteCreated") && r.value().contains(site)));
    }

    @Test
    void a_site_is_served_only_while_its_membership_stands_and_says_why_when_not() {
        get(ann, "/api/sites/" + site).expectBody().jsonPath("$.served").isEqualTo(true);
        status("active", "expired", null);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> get(ann, "/api/sites/" + site).expectBody()
                .jsonPath("$.served").isEqualTo(false)
                .jsonPath("$.unavailable.reason").isEqualTo("expired"));
        post(ann, "/api/sites/" + site + "/visits", Map.of()).expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "site-unavailable").jsonPath("$.reason").isEqualTo("expired");
        post(ann, "/api/sites/" + site + "/posts", Map.of("title", "While expired")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "membership-not-active");
        ContractFixtures.assertCarriesEveryField("site/sites-unserved", body(ann, "/api/sites"));
        ContractFixtures.assertCarriesEveryField("site/overview-unserved", body(ann, "/api/sites/overview"));
        ApiDescriptionContract.assertAnswerMatchesDescription(web, "GET", "/api/sites", 200, body(ann, "/api/sites"));
        ApiDescriptionContract.assertAnswerMatchesDescription(web, "GET", "/api/sites/overview", 200, body(ann, "/api/sites/overview"));
        assertThat(TopicReader.readAll(Topics.SITE)).anyMatch(r -> r.value().contains("SiteServingChanged")
                && r.value().contains(site) && r.value().contains("\"served\":false"));

        status("expired", "cancelled", LocalDate.of(2027, 7, 1)); // a paid period still runs
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> get(ann, "/api/sites/" + site).expectBody()
                .jsonPath("$.served").isEqualTo(true));
        post(ann, "/api/sites/" + site + "/visits", Map.of()).expectStatus().isOk();
    }

    @Test
    void a_pending_memberships_site_exists_but_is_not_served() {
        UUID pending = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        send(bob, MembershipEvents.MEMBERSHIP_CREATED, new MembershipCreated(pending, "PENDING123", UUID.randomUUID(),
                "pending", new RequestedSite("Bob's", "bob-" + UUID.randomUUID().toString().substring(0, 6), null),
                entitlements(3L, 2L), null));
        String bobSite = await().atMost(Duration.ofSeconds(20)).until(() -> siteId(bob), id -> id != null);
        get(bob, "/api/sites/" + bobSite).expectBody().jsonPath("$.served").isEqualTo(false)
                .jsonPath("$.unavailable.reason").isEqualTo("pending-payment");
        post(bob, "/api/sites/" + bobSite + "/visits", Map.of()).expectStatus().isForbidden();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(TopicReader.readAll(Topics.SITE))
                .as("domain-service learns the site is not served, and adds it no custom domain")
                .anyMatch(r -> r.value().contains("SiteCreated") && r.value().contains(bobSite)
                        && r.value().contains("\"served\":false")));
    }

    private void status(String from, String to, LocalDate paidThrough) {
        send(MembershipEvents.MEMBERSHIP_STATUS_CHANGED, new MembershipEvents.MembershipStatusChanged(membership, from,
                to, null, paidThrough));
    }

    @Test
    void new_content_is_refused_at_the_plans_limit_and_a_plan_change_moves_the_limit() {
        post(ann, "/api/sites/" + site + "/posts", Map.of("title", "Third")).expectStatus().isCreated();
        post(ann, "/api/sites/" + site + "/posts", Map.of("title", "Fourth")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "over-limit")
                .jsonPath("$.limit").isEqualTo("posts");
        post(ann, "/api/sites/" + site + "/pages", Map.of("title", "Second page")).expectStatus().isCreated();
        post(ann, "/api/sites/" + site + "/pages", Map.of("title", "Third page")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.limit").isEqualTo("pages");
        post(ann, "/api/sites/" + site + "/media", Map.of("name", "big.jpg", "sizeBytes", 2_000_000))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.limit").isEqualTo("diskMb");
        post(ann, "/api/sites/" + site + "/posts", Map.of("title", "")).expectStatus().isBadRequest();

        send(MembershipEvents.MEMBERSHIP_CHANGED, new MembershipChanged(membership, "add-on-purchase",
                UUID.randomUUID(), entitlements(53L, 2L)));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                post(ann, "/api/sites/" + site + "/posts", Map.of("title", "Fourth")).expectStatus().isCreated());
        await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.readAll(Topics.SITE).stream()
                .anyMatch(r -> r.value().contains("SiteUsageChanged") && r.value().contains("\"posts\":4")));
        assertThat(TopicReader.readAll(Topics.SITE)).as("the new limits are announced for the page")
                .anyMatch(r -> r.value().contains("SiteEntitlementsChanged") && r.value().contains(site));
    }

    @Test
    void visits_are_counted_per_month_and_refused_past_the_quota_until_the_month_turns() {
        for (int i = 1; i <= 5; i++) {
            post(ann, "/api/sites/" + site + "/visits", Map.of()).expectStatus().isOk()
                    .expectBody().jsonPath("$.thisMonth").isEqualTo(i);
        }
        post(ann, "/api/sites/" + site + "/visits", Map.of()).expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "visit-quota-reached");
        clock.set(Instant.parse("2027-07-01T00:00:01Z"));
        post(ann, "/api/sites/" + site + "/visits", Map.of()).expectStatus().isOk()
                .expectBody().jsonPath("$.thisMonth").isEqualTo(1);
    }

    @Test
    void only_the_templates_the_plan_makes_available_are_offered_and_only_when_switching_is_allowed() {
        get(ann, "/api/sites/" + site + "/templates").expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[*].name").value(n -> assertThat(n.toString()).contains("Bakery").contains("Portfolio")
                        .doesNotContain("Hidden"));

        admin().put().uri("/api/admin/settings/sites").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("allowTemplateSwitching", false)).exchange().expectStatus().isOk();
        get(ann, "/api/sites/" + site + "/templates").expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "template-switching-not-allowed")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("network"));
        admin().put().uri("/api/admin/settings/sites").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("allowTemplateSwitching", true)).exchange().expectStatus().isOk();

        send(MembershipEvents.MEMBERSHIP_CHANGED, new MembershipChanged(membership, "downgrade", UUID.randomUUID(),
                new Entitlements(1L, 3L, 2L, 5L, null, null, false, "default", Map.of())));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> get(ann, "/api/sites/" + site + "/templates")
                .expectStatus().isForbidden().expectBody()
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("plan")));
    }

    @Test
    void the_overview_is_each_of_the_callers_sites_with_the_templates_it_may_switch_to_or_none_when_not_offered() {
        get(ann, "/api/sites/overview").expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].site.id").isEqualTo(site)
                .jsonPath("$[0].site.membershipId").isEqualTo(membership.toString())
                .jsonPath("$[0].site.limits.posts.allowed").isEqualTo(3)
                .jsonPath("$[0].templates.length()").isEqualTo(2);
        // The gateway's page reads these fields (ContractFixtures): renaming one fails here.
        ContractFixtures.assertCarriesEveryField("site/overview", body(ann, "/api/sites/overview"));
        ApiDescriptionContract.assertAnswerMatchesDescription(web, "GET", "/api/sites/overview", 200, body(ann, "/api/sites/overview"));

        admin().put().uri("/api/admin/settings/sites").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("allowTemplateSwitching", false)).exchange().expectStatus().isOk();
        get(ann, "/api/sites/overview").expectStatus().isOk().expectBody()
                .jsonPath("$[0].site.id").isEqualTo(site)
                .jsonPath("$[0].templates").doesNotExist();
        admin().put().uri("/api/admin/settings/sites").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("allowTemplateSwitching", true)).exchange().expectStatus().isOk();

        get(UUID.randomUUID(), "/api/sites/overview").expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void a_confirmed_switch_replaces_the_content_and_reports_its_progress() {
        post(ann, "/api/sites/" + site + "/template-switches", Map.of("templateId", portfolio))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("confirm");
        post(ann, "/api/sites/" + site + "/template-switches", Map.of("templateId", hidden, "confirm", true))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("templateId");

        String switchId = post(ann, "/api/sites/" + site + "/template-switches",
                Map.of("templateId", portfolio, "confirm", true))
                .expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody().get("switchId").toString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                get(ann, "/api/sites/" + site + "/template-switches/" + switchId).expectBody()
                        .jsonPath("$.status").isEqualTo("done").jsonPath("$.progress").isEqualTo(100));

        get(ann, "/api/sites/" + site).expectBody()
                .jsonPath("$.templateId").isEqualTo(portfolio)
                .jsonPath("$.title").isEqualTo("Ann's Bakery")
                .jsonPath("$.limits.posts.usage").isEqualTo(1)
                .jsonPath("$.limits.pages.usage").isEqualTo(2);
        assertThat(titles("posts")).containsExactly("My work");
        List<String> progress = TopicReader.readAll(Topics.SITE).stream()
                .filter(r -> r.value().contains(switchId) && r.value().contains("TemplateSwitchProgressed"))
                .map(r -> r.value().replaceAll(".*\"status\":\"([a-z]+)\".*", "$1")).toList();
        assertThat(progress).contains("queued", "running", "done");
    }

    @Test
    void a_switch_that_fails_midway_leaves_the_old_content_intact() {
        UUID broken = UUID.randomUUID();
        db.sql("INSERT INTO templates (id, name, description, blueprint, created_at) VALUES (:id, 'Broken', '', "
                        + ":bp, now())")
                .bind("id", broken)
                .bind("bp", "{\"posts\":[{\"title\":\"New post\"}],\"pages\":[],\"media\":[{\"name\":\"bad\","
                        + "\"sizeBytes\":-1}]}")
                .fetch().rowsUpdated().block();
        send(MembershipEvents.MEMBERSHIP_CHANGED, new MembershipChanged(membership, "upgrade", UUID.randomUUID(),
                new Entitlements(10L, 30L, 20L, 5L, null, null, false, "choose", Map.of(broken.toString(),
                        "available"))));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> get(ann, "/api/sites/" + site + "/templates")
                .expectBody().jsonPath("$[0].name").isEqualTo("Broken"));

        String switchId = post(ann, "/api/sites/" + site + "/template-switches",
                Map.of("templateId", broken.toString(), "confirm", true))
                .expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody().get("switchId").toString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                get(ann, "/api/sites/" + site + "/template-switches/" + switchId).expectBody()
                        .jsonPath("$.status").isEqualTo("failed")
                        .jsonPath("$.reason").value(r -> assertThat(r.toString()).contains("left unchanged")));
        assertThat(titles("posts")).containsExactly("Our bread", "Welcome");
        get(ann, "/api/sites/" + site).expectBody().jsonPath("$.templateId").isEqualTo(bakery);
    }

    @Test
    void a_second_switch_while_one_is_under_way_is_refused() {
        db.sql("INSERT INTO template_switches (id, site_id, customer_id, template_id, status, progress, created_at,"
                        + " updated_at) VALUES (:id, :s, :c, :t, 'running', 40, now(), now())")
                .bind("id", UUID.randomUUID()).bind("s", UUID.fromString(site)).bind("c", ann)
                .bind("t", UUID.fromString(portfolio)).fetch().rowsUpdated().block();
        post(ann, "/api/sites/" + site + "/template-switches", Map.of("templateId", portfolio, "confirm", true))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "switch-in-progress");
        assertThat(titles("posts")).containsExactly("Our bread", "Welcome");
    }

    @Test
    void deleting_the_site_needs_confirmation_erases_it_and_can_be_repeated() {
        post(ann, "/api/sites/" + site + "/deletion", Map.of("confirm", false)).expectStatus().isBadRequest();
        get(ann, "/api/sites/" + site).expectStatus().isOk();

        post(ann, "/api/sites/" + site + "/deletion", Map.of("confirm", true)).expectStatus().isNoContent();
        post(ann, "/api/sites/" + site + "/deletion", Map.of("confirm", true)).expectStatus().isNoContent();
        get(ann, "/api/sites/" + site).expectStatus().isNotFound();
        assertThat(titles("posts")).isEmpty();
        await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.readAll(Topics.SITE).stream()
                .anyMatch(r -> r.value().contains("SiteDeleted") && r.value().contains(membership.toString())));
    }

    @Test
    void another_customers_site_answers_404_everywhere() {
        UUID bob = UUID.randomUUID();
        get(bob, "/api/sites/" + site).expectStatus().isNotFound();
        get(bob, "/api/sites/" + site + "/templates").expectStatus().isNotFound();
        post(bob, "/api/sites/" + site + "/posts", Map.of("title", "Spam")).expectStatus().isNotFound();
        post(bob, "/api/sites/" + site + "/visits", Map.of()).expectStatus().isNotFound();
        post(bob, "/api/sites/" + site + "/template-switches", Map.of("templateId", portfolio, "confirm", true))
                .expectStatus().isNotFound();
        post(bob, "/api/sites/" + site + "/deletion", Map.of("confirm", true)).expectStatus().isNotFound();
        get(bob, "/api/sites").expectBody().jsonPath("$.length()").isEqualTo(0);
        get(ann, "/api/sites/" + site).expectStatus().isOk();
        assertThat(titles("posts")).hasSize(2);
    }

    @Test
    void account_deletion_erases_every_site_of_the_customer_confirms_and_a_late_purchase_recreates_nothing() {
        send(IdentityEvents.ACCOUNT_DELETION_REQUESTED, new AccountDeletionRequested(Instant.now(), TOKENS_STILL_VALID_AFTER));
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.readAll(Topics.SITE).stream()
                .anyMatch(r -> r.key().equals(ann.toString()) && r.value().contains("SiteDataErased")));
        get(ann, "/api/sites").expectBody().jsonPath("$.length()").isEqualTo(0);
        assertThat(titles("posts")).isEmpty();

        // The customer's MembershipCreated again, as a lagging consumer or a replayed dead letter would see it.
        UUID another = UUID.randomUUID();
        EventEnvelope<MembershipCreated> late = EventEnvelope.of(MembershipEvents.MEMBERSHIP_CREATED, Instant.now(), ann, another,
                new MembershipCreated(another, "LATE123456", UUID.randomUUID(), "active", new RequestedSite("Back",
                        "back-" + UUID.randomUUID().toString().substring(0, 6), UUID.fromString(bakery)),
                        entitlements(3L, 2L), null));
        sendEnvelope(late);
        await().atMost(Duration.ofSeconds(20)).until(() -> db.sql("SELECT count(*) AS n FROM platform.inbox"
                        + " WHERE event_id = :e").bind("e", late.eventId()).map(row -> row.get("n", Long.class))
                .one().block() > 0);
        assertThat(db.sql("SELECT count(*) AS n FROM sites WHERE customer_id = :c").bind("c", ann)
                .map(row -> row.get("n", Long.class)).one().block()).isZero();
        assertThat(db.sql("SELECT count(*) AS n FROM entitlements WHERE customer_id = :c").bind("c", ann)
                .map(row -> row.get("n", Long.class)).one().block()).isZero();
    }

    private void sendEnvelope(EventEnvelope<?> event) {
        try {
            kafka.send(Topics.MEMBERSHIP, event.key(), json.write(event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_template_whose_names_hold_line_breaks_or_control_characters_is_refused_field_by_field() {
        Map<String, Object> body = Map.of("name", "Bakery\nSpecial", "description", "fine",
                "posts", List.of(Map.of("title", "Welcome\u001b[2J", "body", "Line one\nline two")),
                "pages", List.of(Map.of("title", "About")), "media", List.of());

        admin().post().uri("/api/admin/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'name')].message")
                .isEqualTo(List.of("must not contain line breaks or control characters"))
                .jsonPath("$.errors[?(@.field == 'posts[0].title')]").exists()
                .jsonPath("$.errors.length()").isEqualTo(2);
    }

    /** Found by a tester: a description or a body with an escape sequence was stored as sent. */
    @Test
    void a_description_or_body_with_control_characters_is_refused_but_line_breaks_are_fine() {
        Map<String, Object> body = Map.of("name", "Bakery", "description", "d\u0001\u001b[31me",
                "posts", List.of(Map.of("title", "Welcome", "body", "Line one\nline two\u001b[2J")),
                "pages", List.of(Map.of("title", "About", "body", "Line one\n\tline two")), "media", List.of());

        admin().post().uri("/api/admin/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'description')].message")
                .isEqualTo(List.of("must not contain control characters"))
                .jsonPath("$.errors[?(@.field == 'posts[0].body')]").exists()
                .jsonPath("$.errors.length()").isEqualTo(2);
    }

    private Entitlements entitlements(Long posts, Long pages) {
        return new Entitlements(1L, posts, pages, 5L, null, null, false, "choose", Map.of(bakery, "available",
                portfolio, "available", hidden, "not-available"));
    }

    private List<String> titles(String kind) {
        return db.sql("SELECT title FROM " + kind + " WHERE site_id = :s ORDER BY title")
                .bind("s", UUID.fromString(site)).map(row -> row.get("title", String.class)).all().collectList()
                .block();
    }

    private String template(String name, List<String> posts, List<String> pages, long mediaBytes) {
        Map<String, Object> body = Map.of("name", name, "description", name + " template",
                "posts", posts.stream().map(t -> Map.of("title", t, "body", "…")).toList(),
                "pages", pages.stream().map(t -> Map.of("title", t)).toList(),
                "media", mediaBytes == 0 ? List.of() : List.of(Map.of("name", "hero.jpg", "sizeBytes", mediaBytes)));
        return admin().post().uri("/api/admin/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private String siteId(UUID customer) {
        List<?> sites = get(customer, "/api/sites").expectBody(List.class).returnResult().getResponseBody();
        return sites.isEmpty() ? null : ((Map<?, ?>) sites.get(0)).get("id").toString();
    }

    /** Hands {@code event} to each of this service's handlers of its type through the inbox, without the broker. */
    private <P> void deliver(EventType<P> type, P payload) {
        EventEnvelope<P> event = EventEnvelope.of(type, Instant.now(), ann, membership, payload);
        ReceivedEvent received = json.read(type.topic(), json.write(event));
        handlers.stream().filter(handler -> received.is(handler.eventType()))
                .forEach(handler -> inbox.process(received, handler).block(Duration.ofSeconds(10)));
    }

    private <P> void send(EventType<P> type, P payload) {
        send(ann, type, payload);
    }

    private <P> void send(UUID customer, EventType<P> type, P payload) {
        EventEnvelope<P> event = EventEnvelope.of(type, Instant.now(), customer, membership, payload);
        try {
            kafka.send(type.topic(), event.key(), json.write(event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private WebTestClient admin() {
        return web.mutate().defaultHeaders(h -> h.setBearerAuth(TestTokens.accessToken(ADMIN, "admin"))).build();
    }

    private WebTestClient.ResponseSpec post(UUID customer, String path, Object body) {
        return web.post().uri(path).headers(h -> h.setBearerAuth(TestTokens.accessToken(customer)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private String body(UUID customer, String path) {
        return get(customer, path).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec get(UUID customer, String path) {
        return web.get().uri(path).headers(h -> h.setBearerAuth(TestTokens.accessToken(customer))).exchange();
    }
}
