package io.accountsuite.domain.domains;

import java.io.IOException;
import java.net.IDN;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.domain.domains.Domain.Stage;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TestDnsServer;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The network admin's domain list, overview and "check again" (issue 20's admin API), with its audit entry. */
@ServiceTest
class AdminDomainsIT {

    private static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0000-00000000ad01");
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final TestDnsServer DNS;

    static {
        try {
            DNS = new TestDnsServer(); // answers nothing: a domain checked again keeps checking DNS
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void verification(DynamicPropertyRegistry registry) {
        registry.add("domain.dns.resolvers", () -> "127.0.0.1:" + DNS.port());
        registry.add("domain.dns-attempts", () -> 1000);
    }

    @Autowired WebTestClient web;
    @Autowired Domains domains;

    final UUID ann = UUID.randomUUID();
    final UUID bob = UUID.randomUUID();
    Domain checking;
    Domain failed;
    Domain plain;
    Domain done;

    /** Four domains, oldest first: Ann's checking DNS and failed one, Bob's done without SSL and done one. */
    @BeforeEach
    void domains() {
        checking = store(ann, "café.example", Stage.CHECKING_DNS, null, 4);
        failed = store(ann, "broken.example.com", Stage.FAILED, "A 203.0.113.9", 3);
        plain = store(bob, "plain.example.org", Stage.DONE_WITHOUT_SSL, "A 127.0.0.1", 2);
        done = store(bob, "shop.example.net", Stage.DONE, "A 127.0.0.1", 1);
    }

    @Test
    void the_list_shows_every_customers_domains_newest_first_with_stage_and_what_dns_answered() {
        admin("/api/admin/domains").expectStatus().isOk().expectBody()
                .jsonPath("$[*].id").isEqualTo(ids(done, plain, failed, checking))
                .jsonPath("$[2].customerId").isEqualTo(ann.toString())
                .jsonPath("$[2].siteId").isEqualTo(failed.siteId().toString())
                .jsonPath("$[2].domain").isEqualTo("broken.example.com")
                .jsonPath("$[2].stage").isEqualTo("failed")
                .jsonPath("$[2].primary").isEqualTo(false)
                .jsonPath("$[2].secure").isEqualTo(false)
                .jsonPath("$[2].found").isEqualTo("A 203.0.113.9")
                .jsonPath("$[2].lastCheckedAt").isNotEmpty()
                .jsonPath("$[2].createdAt").isNotEmpty()
                .jsonPath("$[3].domain").isEqualTo("xn--caf-dma.example")
                .jsonPath("$[3].displayName").isEqualTo("café.example")
                .jsonPath("$[3].found").doesNotExist()
                .jsonPath("$[3].lastCheckedAt").doesNotExist()
                .jsonPath("$[0].secure").isEqualTo(true);
    }

    @Test
    void the_list_filters_by_stage_customer_and_trouble_and_holds_at_most_the_limit() {
        admin("/api/admin/domains?stage=checking-dns").expectBody().jsonPath("$[*].id").isEqualTo(ids(checking));
        admin("/api/admin/domains?customerId=" + bob).expectBody().jsonPath("$[*].id").isEqualTo(ids(done, plain));
        admin("/api/admin/domains?trouble=true").expectBody().jsonPath("$[*].id").isEqualTo(ids(plain, failed));
        admin("/api/admin/domains?trouble=true&customerId=" + ann).expectBody().jsonPath("$[*].id")
                .isEqualTo(ids(failed));
        admin("/api/admin/domains?trouble=false").expectBody().jsonPath("$.length()").isEqualTo(4);
        admin("/api/admin/domains?limit=1").expectBody().jsonPath("$[*].id").isEqualTo(ids(done));
        admin("/api/admin/domains?stage=&customerId=&trouble=&limit=").expectBody().jsonPath("$.length()")
                .isEqualTo(4);
    }

    @Test
    void the_summary_counts_every_stage_and_the_domains_in_trouble() {
        admin("/api/admin/domains/summary").expectStatus().isOk().expectBody()
                .jsonPath("$.counts").isEqualTo(Map.of("checking-dns", 1, "checking-ssl-cert", 0, "done", 1,
                        "failed", 1, "ssl-failed", 0, "done-without-ssl", 1))
                .jsonPath("$.inTrouble").isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"stage=bogus,stage", "trouble=yes,trouble", "limit=0,limit", "limit=501,limit",
            "customerId=ann,customerId"})
    void a_bad_query_value_is_a_400_problem_naming_it(String query, String parameter) {
        admin("/api/admin/domains?" + query).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "validation-failed")
                .jsonPath("$.errors[0].field").isEqualTo(parameter);
    }

    @Test
    void the_admins_check_again_starts_verification_over_and_is_audited_with_the_stage_before_and_after() {
        as(ADMIN, "admin").post().uri("/api/admin/domains/" + failed.id() + "/verification").exchange()
                .expectStatus().isAccepted();

        admin("/api/admin/domains?customerId=" + ann).expectBody()
                .jsonPath("$[?(@.domain == 'broken.example.com')].stage").isEqualTo(List.of("checking-dns"));
        admin("/api/admin/audit?customerId=" + ann).expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].action").isEqualTo("domain-check-requested")
                .jsonPath("$[0].actor").isEqualTo(ADMIN.toString())
                .jsonPath("$[0].customerId").isEqualTo(ann.toString())
                .jsonPath("$[0].subject").isEqualTo("domain " + failed.id())
                .jsonPath("$[0].before").isEqualTo(Map.of("domain", "broken.example.com", "stage", "failed",
                        "attempts", 3))
                .jsonPath("$[0].after").isEqualTo(Map.of("domain", "broken.example.com", "stage", "checking-dns",
                        "attempts", 0));
    }

    @Test
    void an_unknown_domain_is_404_and_a_customer_gets_403_everywhere() {
        as(ADMIN, "admin").post().uri("/api/admin/domains/" + UUID.randomUUID() + "/verification").exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "not-found");
        as(ADMIN, "admin").post().uri("/api/admin/domains/not-an-id/verification").exchange()
                .expectStatus().isBadRequest();
        for (String path : List.of("/api/admin/domains", "/api/admin/domains/summary")) {
            as(ann).get().uri(path).exchange().expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        as(ann).post().uri("/api/admin/domains/" + failed.id() + "/verification").exchange()
                .expectStatus().isForbidden();
        admin("/api/admin/audit").expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void saving_the_domain_settings_is_audited_with_the_settings_before_and_after() {
        Map<?, ?> before = as(ADMIN, "admin").get().uri("/api/admin/settings/domains").exchange()
                .expectBody(Map.class).returnResult().getResponseBody();
        as(ADMIN, "admin").put().uri("/api/admin/settings/domains").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("domainMappingEnabled", false, "addDomainInstructions", "Point at %NETWORK_IP%",
                        "networkDomain", "sites.example", "networkIp", "203.0.113.10")).exchange()
                .expectStatus().isOk();

        admin("/api/admin/audit").expectBody()
                .jsonPath("$[0].action").isEqualTo("domain-settings-updated")
                .jsonPath("$[0].actor").isEqualTo(ADMIN.toString())
                .jsonPath("$[0].customerId").doesNotExist()
                .jsonPath("$[0].subject").isEqualTo("domain settings")
                .jsonPath("$[0].before").isEqualTo(before)
                .jsonPath("$[0].after.domainMappingEnabled").isEqualTo(false)
                .jsonPath("$[0].after.addDomainInstructions").isEqualTo("Point at %NETWORK_IP%")
                .jsonPath("$[0].after.networkIp").isEqualTo("203.0.113.10");
    }

    /** A domain of a site of {@code customer} in {@code stage}, added {@code minutesAgo}; not due for a check. */
    private Domain store(UUID customer, String name, Stage stage, String found, int minutesAgo) {
        Instant added = NOW.minusSeconds(60L * minutesAgo);
        Domain domain = new Domain(UUID.randomUUID(), UUID.randomUUID(), customer, IDN.toASCII(name), false,
                stage, stage == Stage.DONE, 3, stage.ended() ? null : NOW.plusSeconds(3600),
                found == null ? null : added.plusSeconds(30), found, null, null, null, false, added);
        domains.insert(new Domain(domain.id(), domain.siteId(), customer, domain.name(), false, Stage.CHECKING_DNS,
                false, 0, NOW.plusSeconds(3600), null, null, null, null, null, false, added)).block();
        domains.recordCheck(domain).block();
        return domain;
    }

    private static List<String> ids(Domain... in) {
        return Arrays.stream(in).map(d -> d.id().toString()).toList();
    }

    private WebTestClient.ResponseSpec admin(String path) {
        return as(ADMIN, "admin").get().uri(path).exchange();
    }

    private WebTestClient as(UUID caller, String... roles) {
        return web.mutate().defaultHeaders(h -> h.setBearerAuth(TestTokens.accessToken(caller, roles))).build();
    }
}
