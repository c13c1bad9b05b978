package io.accountsuite.membership.membership;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.Topics;
import io.accountsuite.contracts.billing.BillingEvents;
import io.accountsuite.contracts.billing.BillingEvents.PaymentSucceeded;
import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.AccountDeletionRequested;
import io.accountsuite.contracts.membership.MembershipEvents.Amount;
import io.accountsuite.contracts.site.SiteEvents;
import io.accountsuite.contracts.site.SiteEvents.SiteUsageChanged;
import io.accountsuite.membership.MembershipApi;
import io.accountsuite.testkit.MutableClock;
import io.accountsuite.membership.renewal.Renewals;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TestTokens;
import io.accountsuite.testkit.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.membership.MembershipApi.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
@Import(MutableClock.Config.class)
class MembershipLifecycleTest {

    private static final String PROBLEMS = ProblemType.BASE;
    private static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0000-00000000ad01");

    @Autowired WebTestClient web;
    @Autowired MutableClock clock;
    @Autowired Renewals renewals;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventJson json;

    MembershipApi api;
    MembershipApi.Catalog catalog;
    final UUID ann = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2027-06-01T09:00:00Z"));
        api = new MembershipApi(web);
        catalog = api.catalog();
    }

    @Test
    void a_new_membership_is_pending_until_paid_and_asks_for_its_site_and_first_invoice() {
        Map<?, ?> created = api.create(ann, catalog.basic());
        String id = (String) created.get("id");
        assertThat((String) created.get("reference")).matches("[A-Z0-9]{10}");
        assertThat(created.get("status")).isEqualTo("pending");
        assertThat(created.get("timesBilledText")).isEqualTo("0 / until cancelled");
        assertThat(created.get("expiresOn")).isEqualTo("2027-07-01");

        String event = awaitEvent(Topics.MEMBERSHIP, id, "MembershipCreated");
        assertThat(event).contains("\"slug\":\"site-").contains("\"posts\":10").contains("\"kind\":\"initial\"")
                .contains("\"total\":{\"amount\":\"15.00\"");

        pay(id, "initial");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> api.get(ann, "/api/memberships/" + id)
                .expectBody().jsonPath("$.status").isEqualTo("active").jsonPath("$.timesBilled").isEqualTo(1));
    }

    @Test
    void bad_requests_are_field_errors_and_create_nothing() {
        api.post(ann, "/api/memberships", map("planId", catalog.extraPosts(), "site", Map.of("title", "x", "slug", "ok-slug")))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("planId");
        api.post(ann, "/api/memberships", map("planId", catalog.basic(), "site", Map.of("title", " ", "slug", "A!")))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'site.title')]").exists()
                .jsonPath("$.errors[?(@.field == 'site.slug')]").exists();
        api.post(ann, "/api/memberships", map("planId", catalog.basic(), "coupon", "FREE",
                        "site", Map.of("title", "x", "slug", "ok-slug")))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("coupon");
        api.get(ann, "/api/memberships").expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void another_customers_membership_answers_404_everywhere() {
        String id = (String) api.create(ann, catalog.basic()).get("id");
        UUID bob = UUID.randomUUID();
        api.get(bob, "/api/memberships/" + id).expectStatus().isNotFound();
        api.get(bob, "/api/memberships/" + id + "/change-options").expectStatus().isNotFound();
        api.post(bob, "/api/memberships/" + id + "/change/preview", Map.of("planId", catalog.pro()))
                .expectStatus().isNotFound();
        api.post(bob, "/api/memberships/" + id + "/change", Map.of("planId", catalog.pro()))
                .expectStatus().isNotFound();
        api.post(bob, "/api/memberships/" + id + "/cancellation", map("reason", "other", "details", "x",
                "confirm", "CANCEL")).expectStatus().isNotFound();
        api.post(bob, "/api/memberships/" + id + "/resubscription", Map.of()).expectStatus().isNotFound();
        api.get(bob, "/api/memberships").expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void change_options_list_the_plans_of_the_group_and_the_offered_add_ons() {
        String id = (String) api.create(ann, catalog.basic()).get("id");
        api.get(ann, "/api/memberships/" + id + "/change-options").expectStatus().isOk().expectBody()
                .jsonPath("$.plans.length()").isEqualTo(2)
                .jsonPath("$.addOns.length()").isEqualTo(2)
                .jsonPath("$.currentPlanId").isEqualTo(catalog.basic());
    }

    @Test
    void an_upgrade_applies_now_with_a_proration_credit() {
        String id = active(catalog.basic());
        clock.set(Instant.parse("2027-06-21T09:00:00Z")); // 10 of 30 days left

        api.post(ann, "/api/memberships/" + id + "/change/preview", Map.of("planId", catalog.pro()))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.kind").isEqualTo("upgrade")
                .jsonPath("$.amountDueNow.amount").isEqualTo("41.67")
                .jsonPath("$.lines[?(@.type == 'credit')].amount.amount").value(v ->
                        assertThat(v.toString()).contains("-3.33").contains("-5.00"));
        api.get(ann, "/api/memberships/" + id).expectBody().jsonPath("$.plan.name").isEqualTo("Basic");

        api.post(ann, "/api/memberships/" + id + "/change", Map.of("planId", catalog.pro()))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.outcome").isEqualTo("applied")
                .jsonPath("$.newLimits.posts").isEqualTo(100);
        api.get(ann, "/api/memberships/" + id).expectBody()
                .jsonPath("$.plan.name").isEqualTo("Pro")
                .jsonPath("$.expiresOn").isEqualTo("2027-07-21");
        assertThat(awaitEvent(Topics.MEMBERSHIP, id, "\"change\":\"upgrade\"")).contains("\"customDomains\":true")
                .contains("\"type\":\"credit\"");
    }

    @Test
    void a_downgrade_is_scheduled_for_the_period_end_and_applied_then() {
        String id = active(catalog.pro());
        api.post(ann, "/api/memberships/" + id + "/change", Map.of("planId", catalog.basic()))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.outcome").isEqualTo("scheduled")
                .jsonPath("$.effectiveAt").isEqualTo("2027-07-01");
        api.get(ann, "/api/memberships/" + id).expectBody()
                .jsonPath("$.plan.name").isEqualTo("Pro")
                .jsonPath("$.scheduledChange.planName").isEqualTo("Basic")
                .jsonPath("$.scheduledChange.effectiveOn").isEqualTo("2027-07-01");

        clock.set(Instant.parse("2027-06-30T23:00:00Z"));
        renewals.runOnce().block();
        api.get(ann, "/api/memberships/" + id).expectBody().jsonPath("$.plan.name").isEqualTo("Pro");

        clock.set(Instant.parse("2027-07-01T00:30:00Z"));
        renewals.runOnce().block();
        api.get(ann, "/api/memberships/" + id).expectBody()
                .jsonPath("$.plan.name").isEqualTo("Basic")
                .jsonPath("$.scheduledChange").doesNotExist()
                .jsonPath("$.total.amount").isEqualTo("10.00");
        assertThat(awaitEvent(Topics.MEMBERSHIP, id, "\"change\":\"downgrade\"")).contains("\"posts\":10");
    }

    @Test
    void a_scheduled_change_can_be_called_off() {
        String id = active(catalog.pro());
        api.post(ann, "/api/memberships/" + id + "/change", Map.of("planId", catalog.basic())).expectStatus().isOk();
        web.delete().uri("/api/memberships/" + id + "/scheduled-change")
                .headers(h -> h.setBearerAuth(TestTokens.accessToken(ann)))
                .exchange().expectStatus().isNoContent();
        api.get(ann, "/api/memberships/" + id).expectBody().jsonPath("$.scheduledChange").doesNotExist();
    }

    @Test
    void buying_add_ons_charges_only_the_new_products() {
        String id = active(catalog.basic());
        api.post(ann, "/api/memberships/" + id + "/change", Map.of("addOns", List.of(
                        Map.of("productId", catalog.extraPosts(), "quantity", 2),
                        Map.of("productId", catalog.setupHelp(), "quantity", 1))))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.kind").isEqualTo("add-on-purchase")
                .jsonPath("$.amountDueNow.amount").isEqualTo("44.00")
                .jsonPath("$.newRecurringTotal.amount").isEqualTo("14.00")
                .jsonPath("$.newLimits.posts").isEqualTo(110);
        api.get(ann, "/api/memberships/" + id).expectBody().jsonPath("$.plan.name").isEqualTo("Basic")
                .jsonPath("$.addOns.length()").isEqualTo(2);
    }

    @Test
    void a_change_carrying_a_coupon_is_refused_and_one_changing_nothing_is_a_conflict() {
        String id = active(catalog.basic());
        api.post(ann, "/api/memberships/" + id + "/change", Map.of("planId", catalog.pro(), "coupon", "SAVE50"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("coupon");
        api.post(ann, "/api/memberships/" + id + "/change/preview", Map.of("coupon", "SAVE50"))
                .expectStatus().isBadRequest();
        api.post(ann, "/api/memberships/" + id + "/change", Map.of("planId", catalog.basic()))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "no-change")
                .jsonPath("$.title").isEqualTo("This proposes no changes");
        api.get(ann, "/api/memberships/" + id).expectBody().jsonPath("$.plan.name").isEqualTo("Basic");
    }

    @Test
    void the_original_coupon_keeps_applying_when_it_applies_to_renewals() {
        String id = web.post().uri("/api/admin/memberships")
                .headers(h -> h.setBearerAuth(TestTokens.accessToken(ADMIN, "admin")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(map("customerId", ann.toString(), "planId", catalog.basic(),
                        "site", Map.of("title", "Couponed", "slug", "couponed-" + UUID.randomUUID().toString()
                                .substring(0, 6)),
                        "coupon", map("code", "WELCOME10", "kind", "percent", "value", 10, "appliesToRenewals", true)))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        api.get(ann, "/api/memberships/" + id).expectBody()
                .jsonPath("$.initialAmount.amount").isEqualTo("14.00")
                .jsonPath("$.total.amount").isEqualTo("9.00")
                .jsonPath("$.coupon").isEqualTo("WELCOME10");
        pay(id, "initial");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> api.get(ann, "/api/memberships/" + id)
                .expectBody().jsonPath("$.status").isEqualTo("active"));
        api.post(ann, "/api/memberships/" + id + "/change/preview", Map.of("planId", catalog.pro()))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.newRecurringTotal.amount").isEqualTo("27.00")
                .jsonPath("$.lines[?(@.type == 'discount')].amount.amount").isEqualTo("-3.00");
    }

    @Test
    void a_change_that_leaves_the_site_over_the_new_limits_lists_what_to_remove() throws Exception {
        String id = active(catalog.pro());
        UUID site = UUID.randomUUID();
        var usage = EventEnvelope.of(SiteEvents.SITE_USAGE_CHANGED, ann, site,
                new SiteUsageChanged(site, UUID.fromString(id), 120, 40, 3, 1, 500));
        kafka.send(Topics.SITE, usage.key(), json.write(usage)).get();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                api.post(ann, "/api/memberships/" + id + "/change", Map.of("planId", catalog.basic()))
                        .expectStatus().isEqualTo(409)
                        .expectBody()
                        .jsonPath("$.type").isEqualTo(PROBLEMS + "over-limits")
                        .jsonPath("$.blocking[0].limit").isEqualTo("posts")
                        .jsonPath("$.blocking[0].usage").isEqualTo(40)
                        .jsonPath("$.blocking[0].allowed").isEqualTo(10)
                        .jsonPath("$.blocking[0].remove").isEqualTo(30));
        api.get(ann, "/api/memberships/" + id).expectBody().jsonPath("$.scheduledChange").doesNotExist();
    }

    @Test
    void cancelling_needs_a_reason_and_the_word_cancel_and_resubscribing_brings_it_back() {
        String id = active(catalog.basic());
        api.post(ann, "/api/memberships/" + id + "/cancellation", map("reason", "other", "confirm", "cancel"))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'details')]").exists()
                .jsonPath("$.errors[?(@.field == 'confirm')]").exists();
        api.get(ann, "/api/memberships/" + id).expectBody().jsonPath("$.status").isEqualTo("active");
        api.post(ann, "/api/memberships/" + id + "/cancellation", map("reason", "too-expensive", "confirm", "CANCEL"))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("cancelled")
                .jsonPath("$.autoRenew").isEqualTo(false)
                .jsonPath("$.expiresOn").isEqualTo("2027-07-01");

        api.post(ann, "/api/memberships/" + id + "/resubscription", Map.of()).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("active").jsonPath("$.autoRenew").isEqualTo(true);
        api.post(ann, "/api/memberships/" + id + "/resubscription", Map.of()).expectStatus().isEqualTo(409);
    }

    @Test
    void a_cancelled_membership_expires_at_its_period_end() {
        String id = active(catalog.basic());
        api.post(ann, "/api/memberships/" + id + "/cancellation", map("reason", "not-using", "confirm", "CANCEL"))
                .expectStatus().isOk();
        clock.set(Instant.parse("2027-07-01T01:00:00Z"));
        renewals.runOnce().block();
        api.get(ann, "/api/memberships/" + id).expectBody().jsonPath("$.status").isEqualTo("expired");
    }

    @Test
    void a_period_end_asks_for_renewal_once_and_the_payment_extends_the_membership() {
        String id = active(catalog.basic());
        clock.set(Instant.parse("2027-07-01T01:00:00Z"));
        renewals.runOnce().block();
        renewals.runOnce().block();
        assertThat(awaitEvent(Topics.MEMBERSHIP, id, "MembershipRenewalDue")).contains("\"kind\":\"renewal\"")
                .contains("\"periodStart\":\"2027-07-01\"").contains("\"total\":{\"amount\":\"10.00\"");
        assertThat(TopicReader.readAll(Topics.MEMBERSHIP).stream()
                .filter(r -> r.value().contains(id) && r.value().contains("MembershipRenewalDue")).count())
                .isEqualTo(1);

        pay(id, "renewal");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> api.get(ann, "/api/memberships/" + id)
                .expectBody().jsonPath("$.timesBilled").isEqualTo(2)
                .jsonPath("$.expiresOn").isEqualTo("2027-08-01")
                .jsonPath("$.timesBilledText").isEqualTo("2 / until cancelled"));
    }

    @Test
    void an_unpaid_renewal_expires_the_membership_after_the_grace_period() {
        String id = active(catalog.basic());
        clock.set(Instant.parse("2027-07-01T01:00:00Z"));
        renewals.runOnce().block();
        clock.set(Instant.parse("2027-07-08T01:00:00Z"));
        renewals.runOnce().block();
        api.get(ann, "/api/memberships/" + id).expectBody().jsonPath("$.status").isEqualTo("active");
        clock.set(Instant.parse("2027-07-09T01:00:00Z"));
        renewals.runOnce().block();
        api.get(ann, "/api/memberships/" + id).expectBody().jsonPath("$.status").isEqualTo("expired");
    }

    @Test
    void account_deletion_erases_the_customers_memberships_and_confirms() throws Exception {
        String id = active(catalog.basic());
        var request = EventEnvelope.of(IdentityEvents.ACCOUNT_DELETION_REQUESTED, ann, ann,
                new AccountDeletionRequested(Instant.now(), Instant.now()));
        kafka.send(Topics.IDENTITY, request.key(), json.write(request)).get();

        awaitEvent(Topics.MEMBERSHIP, ann.toString(), "MembershipDataErased");
        api.get(ann, "/api/memberships/" + id).expectStatus().isNotFound();
        api.get(ann, "/api/memberships").expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    private String active(String planId) {
        String id = (String) api.create(ann, planId).get("id");
        pay(id, "initial");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> api.get(ann, "/api/memberships/" + id)
                .expectBody().jsonPath("$.status").isEqualTo("active"));
        return id;
    }

    private void pay(String membershipId, String purpose) {
        var event = EventEnvelope.of(BillingEvents.PAYMENT_SUCCEEDED, ann, UUID.randomUUID(),
                new PaymentSucceeded(UUID.randomUUID(), UUID.fromString(membershipId), purpose,
                        new Amount("10.00", "USD")));
        try {
            kafka.send(Topics.BILLING, event.key(), json.write(event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String awaitEvent(String topic, String mentioning, String type) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.readAll(topic).stream()
                .map(r -> r.value())
                .filter(v -> v.contains(mentioning) && v.contains(type))
                .reduce((first, last) -> last).orElse(null), v -> v != null);
    }
}
