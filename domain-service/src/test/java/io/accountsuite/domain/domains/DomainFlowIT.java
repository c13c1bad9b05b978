package io.accountsuite.domain.domains;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
import io.accountsuite.contracts.site.SiteEvents;
import io.accountsuite.contracts.site.SiteEvents.SiteCreated;
import io.accountsuite.contracts.site.SiteEvents.SiteDeleted;
import io.accountsuite.contracts.site.SiteEvents.SiteServingChanged;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.Concurrently;
import io.accountsuite.testkit.ApiDescriptionContract;
import io.accountsuite.testkit.ContractFixtures;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TestDnsServer;
import io.accountsuite.testkit.TestTokens;
import io.accountsuite.testkit.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class DomainFlowIT {

    /**
     * The session cut-off of the deletions these tests request: before their tokens' issue, so that they can still
     * read what is left (a real deletion's cut-off refuses them: StandardEndpointsContract).
     */
    private static final Instant TOKENS_STILL_VALID_AFTER = Instant.now().minusSeconds(60);

    private static final String PROBLEMS = ProblemType.BASE;
    private static final TestDnsServer DNS;
    private static final TestTlsServer TLS;

    static {
        try {
            DNS = new TestDnsServer();
            TLS = new TestTlsServer("shop.example.com", "www.example.org", "alias.example.net");
            DNS.a("shop.example.com", "127.0.0.1");
            DNS.a("wrong.example.com", "203.0.113.9");
            DNS.cname("alias.example.net", "edge.example.net");
            DNS.cname("edge.example.net", "sites.example");
            DNS.a("nocert.example.com", "127.0.0.1");
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void verification(DynamicPropertyRegistry registry) {
        registry.add("domain.dns.resolvers", () -> "127.0.0.1:" + DNS.port());
        registry.add("domain.tls.port", TLS::port);
        registry.add("domain.tls.trust-store", TLS::trustStore);
        registry.add("domain.tls.trust-store-password", () -> TestTlsServer.PASSWORD);
        registry.add("domain.check-interval", () -> "1s");
        registry.add("domain.dns-attempts", () -> 3);
        registry.add("domain.ssl-attempts", () -> 2);
        registry.add("domain.verification-poll-interval", () -> "200ms");
    }

    @Autowired WebTestClient web;
    @Autowired Domains domains;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventJson json;
    @Autowired DatabaseClient db;
    @LocalServerPort int port;

    final UUID ann = UUID.randomUUID();
    final UUID membership = UUID.randomUUID();
    final UUID site = UUID.randomUUID();

    @BeforeEach
    void siteWithCustomDomains() {
        send(ann, MembershipEvents.MEMBERSHIP_CREATED, new MembershipCreated(membership, "ABCDE12345",
                UUID.randomUUID(), "active", null, entitlements(true), null));
        send(ann, SiteEvents.SITE_CREATED, new SiteCreated(site, membership, null, null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, domains()).expectStatus().isOk());
    }

    @Test
    void every_operation_of_the_api_description_has_a_summary() {
        ApiDescriptionContract.assertEveryOperationSummarised(web);
    }

    @Test
    void a_domain_pointing_at_the_network_passes_dns_then_its_certificate() {
        String id = add(ann, "Shop.Example.com.", false).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("id").toString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, domains()).expectBody()
                .jsonPath("$[0].domain").isEqualTo("shop.example.com")
                .jsonPath("$[0].stage").isEqualTo("done")
                .jsonPath("$[0].secure").isEqualTo(true)
                .jsonPath("$[0].found").isEqualTo("A 127.0.0.1")
                .jsonPath("$[0].certificateIssuer").value(i -> assertThat(i.toString()).contains("Test CA")));
        List<String> stages = TopicReader.readAll(Topics.DOMAIN).stream()
                .filter(r -> r.value().contains(id) && r.value().contains("DomainStageChanged"))
                .map(r -> r.value().replaceAll(".*\"stage\":\"([a-z-]+)\".*", "$1")).toList();
        assertThat(stages).containsSubsequence("checking-ssl-cert", "done");
    }

    @Test
    void two_domains_added_as_primary_at_once_both_land_and_one_is_primary() {
        List<Integer> statuses = Concurrently.run(2, Duration.ofMinutes(1), i ->
                add(ann, "at-once-" + i + ".example.com", true).returnResult(String.class).getStatus().value());

        assertThat(statuses).containsOnly(201);
        get(ann, domains()).expectBody().jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[?(@.primary == true)].domain").value(primaries ->
                        assertThat((List<?>) primaries).hasSize(1));
    }

    @Test
    void a_check_claimed_by_one_instance_is_leased_and_recorded_only_if_the_domain_is_still_as_claimed() {
        String id = add(ann, "leased.example.com", false).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("id").toString();
        Instant farAhead = Instant.now().plus(Duration.ofDays(1));
        db.sql("UPDATE domains SET next_check_at = :due WHERE id = :id").bind("due", farAhead.minusSeconds(1))
                .bind("id", UUID.fromString(id)).fetch().rowsUpdated().block();
        // The worker of this instance looks at due domains only up to now; "far ahead" is this test's instance.
        Domain claimed = domains.claimDue(farAhead, farAhead.plus(Duration.ofMinutes(2))).block();
        assertThat(claimed.id()).hasToString(id);
        assertThat(domains.claimDue(farAhead, farAhead.plus(Duration.ofMinutes(2))).blockOptional())
                .as("leased: no other instance claims it").isEmpty();

        post(ann, domains() + "/" + id + "/verification", Map.of()).expectStatus().isAccepted();
        assertThat(domains.lockIfStill(claimed).blockOptional()).as("re-checked meanwhile: the result is dropped")
                .isEmpty();
    }

    @Test
    void a_cname_chain_reaching_the_network_domain_passes_dns() {
        add(ann, "alias.example.net", true).expectStatus().isCreated();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, domains()).expectBody()
                .jsonPath("$[0].stage").isEqualTo("done")
                .jsonPath("$[0].primary").isEqualTo(true)
                .jsonPath("$[0].found").isEqualTo("CNAME edge.example.net, CNAME sites.example"));
    }

    @Test
    void a_wrong_record_keeps_checking_with_what_was_found_then_fails_after_its_attempts() {
        add(ann, "wrong.example.com", false).expectStatus().isCreated();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(ann, domains()).expectBody()
                .jsonPath("$[0].stage").isEqualTo("checking-dns")
                .jsonPath("$[0].found").isEqualTo("A 203.0.113.9")
                .jsonPath("$[0].resolver").value(r -> assertThat(r.toString()).startsWith("127.0.0.1:")));
        // The gateway's page reads these fields (ContractFixtures): renaming one fails here.
        String listed = get(ann, domains()).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        ContractFixtures.assertCarriesEveryField("domain/domains", listed);
        ApiDescriptionContract.assertAnswerMatchesDescription(web, "GET", "/api/sites/{siteId}/domains", 200, listed);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, domains()).expectBody()
                .jsonPath("$[0].stage").isEqualTo("failed"));
    }

    @Test
    void a_certificate_that_does_not_name_the_domain_ends_in_ssl_failed() {
        add(ann, "nocert.example.com", false).expectStatus().isCreated();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, domains()).expectBody()
                .jsonPath("$[0].stage").isEqualTo("ssl-failed")
                .jsonPath("$[0].secure").isEqualTo(false));
    }

    @Test
    void with_plain_http_allowed_a_domain_without_a_valid_certificate_is_done_without_ssl() {
        admin().put().uri("/api/admin/settings/domains").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("domainMappingEnabled", true, "addDomainInstructions", "Point %NETWORK_DOMAIN%",
                        "networkDomain", "sites.example", "networkIp", "127.0.0.1", "allowPlainHttp", true))
                .exchange().expectStatus().isOk();
        add(ann, "nocert.example.com", false).expectStatus().isCreated();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, domains()).expectBody()
                .jsonPath("$[0].stage").isEqualTo("done-without-ssl")
                .jsonPath("$[0].secure").isEqualTo(false));
    }

    /** Found by a tester: the network's own domain and addresses took anything, and customers saw it. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            networkDomain         | localhost
            networkDomain         | com
            networkDomain         | -bad-.example
            networkIp             | 999.1.1.1
            networkIp             | 10.0.0
            networkIpv6           | CHOOSE
            networkIpv6           | 1:2
            addDomainInstructions | Point \u0001 at us
            """)
    void the_network_settings_refuse_what_no_domain_could_point_at(String field, String value) {
        Map<String, Object> settings = new HashMap<>(Map.of("domainMappingEnabled", true,
                "addDomainInstructions", "Point %NETWORK_DOMAIN%", "networkDomain", "sites.example",
                "networkIp", "127.0.0.1"));
        settings.put(field, value.replace("\\u0001", "\u0001"));

        admin().put().uri("/api/admin/settings/domains").contentType(MediaType.APPLICATION_JSON).bodyValue(settings)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
        admin().get().uri("/api/admin/settings/domains").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.networkDomain").isEqualTo("sites.example");
    }

    @Test
    void an_ipv6_address_and_a_multi_line_instruction_are_taken() {
        admin().put().uri("/api/admin/settings/domains").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("domainMappingEnabled", true, "addDomainInstructions", "Point a CNAME\nat us",
                        "networkDomain", "sites.example", "networkIp", "127.0.0.1", "networkIpv6", "2001:db8::1"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.networkIpv6").isEqualTo("2001:db8::1");
    }

    @Test
    void check_again_starts_verification_over() throws Exception {
        DNS.a("fixme.example.com", "203.0.113.10");
        String id = id(add(ann, "fixme.example.com", false));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, domains()).expectBody()
                .jsonPath("$[0].stage").isEqualTo("failed"));
        DNS.a("fixme.example.com", "127.0.0.1"); // the customer fixed the record
        post(ann, domains() + "/" + id + "/verification", Map.of()).expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, domains()).expectBody()
                .jsonPath("$[0].stage").value(stage -> assertThat(stage).isIn("checking-ssl-cert", "ssl-failed")));
    }

    @Test
    void making_a_domain_primary_needs_confirmation_and_demotes_the_other() {
        String first = id(add(ann, "one.example.com", true));
        String second = id(add(ann, "two.example.com", false));
        post(ann, domains() + "/" + second + "/primary", Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("confirm");

        post(ann, domains() + "/" + second + "/primary", Map.of("confirm", true)).expectStatus().isOk()
                .expectBody().jsonPath("$.primary").isEqualTo(true);
        get(ann, domains()).expectBody()
                .jsonPath("$[?(@.id == '" + first + "')].primary").isEqualTo(false)
                .jsonPath("$[?(@.primary == true)].id").isEqualTo(second);
    }

    @Test
    void concurrent_make_primary_calls_never_leave_two_primaries() {
        List<String> ids = Flux.range(0, 4).map(i -> id(add(ann, "p" + i + ".example.com", false))).collectList()
                .block();
        WebClient client = WebClient.create("http://localhost:" + port);
        String token = TestTokens.accessToken(ann);
        Flux.fromIterable(ids).flatMap(id -> client.post().uri(domains() + "/" + id + "/primary")
                        .headers(h -> h.setBearerAuth(token))
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("confirm", true))
                        .retrieve().toBodilessEntity().onErrorResume(e -> Mono.empty()), 4)
                .blockLast();
        Long primaries = db.sql("SELECT count(*) AS n FROM domains WHERE site_id = :s AND is_primary")
                .bind("s", site).map(row -> row.get("n", Long.class)).one().block();
        assertThat(primaries).isEqualTo(1);
    }

    @Test
    void names_are_validated_and_unique_across_the_network() {
        add(ann, "203.0.113.9", false).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("domain")
                .jsonPath("$.errors[0].message").value(m -> assertThat(m.toString()).contains("IP address"));
        add(ann, "blog.sites.example", false).expectStatus().isBadRequest();
        add(ann, "taken.example.com", false).expectStatus().isCreated();

        UUID bob = UUID.randomUUID();
        UUID bobMembership = UUID.randomUUID();
        UUID bobSite = UUID.randomUUID();
        send(bob, MembershipEvents.MEMBERSHIP_CREATED, new MembershipCreated(bobMembership, "ZZZZZ12345",
                UUID.randomUUID(), "active", null, entitlements(true), null));
        send(bob, SiteEvents.SITE_CREATED, new SiteCreated(bobSite, bobMembership, null, null));
        String bobDomains = "/api/sites/" + bobSite + "/domains";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(bob, bobDomains).expectStatus().isOk());
        web.post().uri(bobDomains).headers(h -> h.setBearerAuth(TestTokens.accessToken(bob)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("domain", "TAKEN.example.com"))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "domain-taken");
    }

    @Test
    void another_customers_site_and_domains_answer_404() {
        String id = id(add(ann, "mine.example.com", false));
        UUID bob = UUID.randomUUID();
        get(bob, domains()).expectStatus().isNotFound();
        add(bob, "theirs.example.com", false).expectStatus().isNotFound();
        post(bob, domains() + "/" + id + "/primary", Map.of("confirm", true)).expectStatus().isNotFound();
        post(bob, domains() + "/" + id + "/verification", Map.of()).expectStatus().isNotFound();
        web.delete().uri(domains() + "/" + id).headers(h -> h.setBearerAuth(TestTokens.accessToken(bob)))
                .exchange().expectStatus().isNotFound();
        get(ann, domains()).expectBody().jsonPath("$.length()").isEqualTo(1);
    }

    /** Found by breaking the page: an unpaid Pro membership's site could add a custom domain. */
    @Test
    void a_site_whose_membership_awaits_its_first_payment_adds_no_domain_until_it_is_paid() {
        UUID carol = UUID.randomUUID();
        UUID pending = UUID.randomUUID();
        UUID carolSite = UUID.randomUUID();
        send(carol, MembershipEvents.MEMBERSHIP_CREATED, new MembershipCreated(pending, "PENDING123",
                UUID.randomUUID(), "pending", null, entitlements(true), null));
        send(carol, SiteEvents.SITE_CREATED, new SiteCreated(carolSite, pending, null, false));
        String carolDomains = "/api/sites/" + carolSite + "/domains";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(carol, carolDomains + "/entitlement")
                .expectStatus().isOk().expectBody().jsonPath("$.allowed").isEqualTo(false)
                .jsonPath("$.reason").value(r -> assertThat(r.toString()).contains("paid")));
        post(carol, carolDomains, Map.of("domain", "carol-unpaid.example.com")).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "custom-domains-not-allowed");

        send(carol, SiteEvents.SITE_SERVING_CHANGED, new SiteServingChanged(carolSite, pending, true, null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(carol, carolDomains + "/entitlement")
                .expectBody().jsonPath("$.allowed").isEqualTo(true));
        post(carol, carolDomains, Map.of("domain", "carol-paid.example.com")).expectStatus().isCreated();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(TopicReader.readAll(Topics.DOMAIN))
                .as("the open page is told it may add a domain now").anyMatch(r -> r.value().contains(
                        "CustomDomainsEntitlementChanged") && r.value().contains(carolSite.toString())
                        && r.value().contains("\"customDomains\":true")));
    }

    @Test
    void domains_need_the_network_and_the_plan_to_allow_them() {
        String entitlement = new String(entitlement(ann).jsonPath("$.allowed").isEqualTo(true).returnResult()
                .getResponseBody(), StandardCharsets.UTF_8);
        ContractFixtures.assertCarriesEveryField("domain/entitlement", entitlement);
        ApiDescriptionContract.assertAnswerMatchesDescription(web, "GET", "/api/sites/{siteId}/domains/entitlement", 200, entitlement);
        send(ann, MembershipEvents.MEMBERSHIP_CHANGED, new MembershipChanged(membership, "downgrade",
                UUID.randomUUID(), entitlements(false)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> add(ann, "late.example.com", false)
                .expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "custom-domains-not-allowed")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("plan")));
        entitlement(ann).jsonPath("$.allowed").isEqualTo(false)
                .jsonPath("$.reason").value(r -> assertThat(r.toString()).contains("plan"));
    }

    @Test
    void the_overview_gives_each_of_the_callers_sites_its_domains_and_entitlement_and_nothing_of_anyone_else() {
        UUID bob = UUID.randomUUID();
        UUID bobsSite = UUID.randomUUID();
        send(bob, SiteEvents.SITE_CREATED, new SiteCreated(bobsSite, UUID.randomUUID(), null, null));
        add(ann, "wrong.example.com", true).expectStatus().isCreated();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(ann, domains()).expectBody()
                .jsonPath("$[0].found").isEqualTo("A 203.0.113.9"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(bob, "/api/domains/overview").expectBody()
                .jsonPath("$.length()").isEqualTo(1));

        String overview = get(ann, "/api/domains/overview").expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        // The gateway's page reads these fields (ContractFixtures): renaming one fails here.
        ContractFixtures.assertCarriesEveryField("domain/overview", overview);
        ApiDescriptionContract.assertAnswerMatchesDescription(web, "GET", "/api/domains/overview", 200, overview);
        get(ann, "/api/domains/overview").expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].siteId").isEqualTo(site.toString())
                .jsonPath("$[0].domains[0].domain").isEqualTo("wrong.example.com")
                .jsonPath("$[0].domains[0].primary").isEqualTo(true)
                .jsonPath("$[0].entitlement.allowed").isEqualTo(true);
        get(bob, "/api/domains/overview").expectBody()
                .jsonPath("$[0].siteId").isEqualTo(bobsSite.toString())
                .jsonPath("$[0].domains.length()").isEqualTo(0)
                .jsonPath("$[0].entitlement.allowed").isEqualTo(false);
    }

    private WebTestClient.BodyContentSpec entitlement(UUID customer) {
        return web.get().uri(domains() + "/entitlement")
                .headers(h -> h.setBearerAuth(TestTokens.accessToken(customer)))
                .exchange().expectStatus().isOk().expectBody();
    }

    @Test
    void a_plan_change_that_removes_custom_domains_flags_the_existing_ones() {
        add(ann, "kept.example.com", false).expectStatus().isCreated();
        send(ann, MembershipEvents.MEMBERSHIP_CHANGED, new MembershipChanged(membership, "downgrade",
                UUID.randomUUID(), entitlements(false)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, domains()).expectBody()
                .jsonPath("$[0].domain").isEqualTo("kept.example.com")
                .jsonPath("$[0].notInPlan").isEqualTo(true));
    }

    @Test
    void a_sites_custom_domain_entitlement_is_announced_once_known_and_whenever_a_plan_change_turns_it() {
        await().atMost(Duration.ofSeconds(20)).until(() -> entitlementAnnouncements().equals(List.of(true)));

        send(ann, MembershipEvents.MEMBERSHIP_CHANGED, new MembershipChanged(membership, "downgrade",
                UUID.randomUUID(), entitlements(false)));
        await().atMost(Duration.ofSeconds(20)).until(() -> entitlementAnnouncements().equals(List.of(true, false)));

        send(ann, MembershipEvents.MEMBERSHIP_CHANGED, new MembershipChanged(membership, "add-on-purchase",
                UUID.randomUUID(), entitlements(false)));
        send(ann, MembershipEvents.MEMBERSHIP_CHANGED, new MembershipChanged(membership, "upgrade",
                UUID.randomUUID(), entitlements(true)));
        await().atMost(Duration.ofSeconds(20)).until(() -> entitlementAnnouncements().size() == 3);
        assertThat(entitlementAnnouncements()).as("a change that leaves the answer as it was is not announced")
                .containsExactly(true, false, true);
    }

    /** What CustomDomainsEntitlementChanged said about this test's site, in order. */
    private List<Boolean> entitlementAnnouncements() {
        return TopicReader.readAll(Topics.DOMAIN).stream()
                .filter(r -> r.value().contains("CustomDomainsEntitlementChanged") && r.value().contains(site.toString()))
                .map(r -> r.value().contains("\"customDomains\":true")).toList();
    }

    @Test
    void removing_the_primary_leaves_none_and_a_deleted_site_loses_its_domains() {
        String primary = id(add(ann, "main.example.com", true));
        add(ann, "other.example.com", false).expectStatus().isCreated();
        web.delete().uri(domains() + "/" + primary).headers(h -> h.setBearerAuth(TestTokens.accessToken(ann)))
                .exchange().expectStatus().isNoContent();
        get(ann, domains()).expectBody().jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].primary").isEqualTo(false);

        send(ann, SiteEvents.SITE_DELETED, new SiteDeleted(site, membership));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(db.sql(
                        "SELECT count(*) AS n FROM domains WHERE site_id = :s").bind("s", site)
                .map(row -> row.get("n", Long.class)).one().block()).isZero());
    }

    @Test
    void account_deletion_erases_the_customers_domains_confirms_and_late_events_recreate_nothing() throws Exception {
        add(ann, "erase.example.com", false).expectStatus().isCreated();
        send(ann, IdentityEvents.ACCOUNT_DELETION_REQUESTED, new AccountDeletionRequested(Instant.now(), TOKENS_STILL_VALID_AFTER));
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.readAll(Topics.DOMAIN).stream()
                .anyMatch(r -> r.key().equals(ann.toString()) && r.value().contains("DomainDataErased")));
        assertThat(db.sql("SELECT count(*) AS n FROM domains WHERE customer_id = :c").bind("c", ann)
                .map(row -> row.get("n", Long.class)).one().block()).isZero();

        // Late or replayed events of the erased customer bring back neither the site nor its entitlement.
        UUID lateMembership = UUID.randomUUID();
        UUID lateSite = UUID.randomUUID();
        send(ann, MembershipEvents.MEMBERSHIP_CREATED, new MembershipCreated(lateMembership, "LATE123456",
                UUID.randomUUID(), "active", null, entitlements(true), null));
        EventEnvelope<SiteCreated> late = EventEnvelope.of(SiteEvents.SITE_CREATED, Instant.now(), ann, lateSite,
                new SiteCreated(lateSite, lateMembership, null, null));
        kafka.send(SiteEvents.SITE_CREATED.topic(), late.key(), json.write(late)).get();
        await().atMost(Duration.ofSeconds(20)).until(() -> db.sql("SELECT count(*) AS n FROM platform.inbox"
                + " WHERE event_id = :e").bind("e", late.eventId()).map(row -> row.get("n", Long.class)).one()
                .block() > 0);
        for (String table : List.of("sites", "membership_entitlements", "domains")) {
            assertThat(db.sql("SELECT count(*) AS n FROM " + table + " WHERE customer_id = :c").bind("c", ann)
                    .map(row -> row.get("n", Long.class)).one().block()).as(table).isZero();
        }
    }

    @Test
    void the_instructions_name_the_network() {
        get(ann, "/api/domains/instructions").expectStatus().isOk().expectBody()
                .jsonPath("$.instructions").value(i -> assertThat(i.toString()).contains("sites.example")
                        .contains("127.0.0.1").doesNotContain("%NETWORK"));
    }

    private WebTestClient admin() {
        UUID admin = UUID.fromString("00000000-0000-0000-0000-00000000ad01");
        return web.mutate().defaultHeaders(h -> h.setBearerAuth(TestTokens.accessToken(admin, "admin"))).build();
    }

    private static Entitlements entitlements(boolean customDomains) {
        return new Entitlements(null, null, null, null, null, null, customDomains, "default", Map.of());
    }

    private String domains() {
        return "/api/sites/" + site + "/domains";
    }

    private static String id(WebTestClient.ResponseSpec created) {
        return created.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("id").toString();
    }

    private WebTestClient.ResponseSpec add(UUID customer, String name, boolean primary) {
        return post(customer, domains(), Map.of("domain", name, "primary", primary));
    }

    private <P> void send(UUID customer, EventType<P> type, P payload) {
        EventEnvelope<P> event = EventEnvelope.of(type, Instant.now(), customer, UUID.randomUUID(), payload);
        try {
            kafka.send(type.topic(), event.key(), json.write(event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private WebTestClient.ResponseSpec post(UUID customer, String path, Object body) {
        return web.post().uri(path).headers(h -> h.setBearerAuth(TestTokens.accessToken(customer)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(UUID customer, String path) {
        return web.get().uri(path).headers(h -> h.setBearerAuth(TestTokens.accessToken(customer))).exchange();
    }
}
