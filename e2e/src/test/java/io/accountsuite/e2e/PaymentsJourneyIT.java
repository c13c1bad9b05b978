package io.accountsuite.e2e;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import io.accountsuite.e2e.Customers.NewCustomer;
import io.accountsuite.e2e.RunningSuite.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Payments drive memberships, through the whole suite (the five cases, each with its right value): nothing
 * paid-for is granted before it is paid, cancelling and resubscribing create no paid time, credit is what was paid,
 * and a retried purchase acts once. Time passes by moving a membership's period ({@link TimePassing}).
 */
@ExtendWith(RunningSuite.class)
class PaymentsJourneyIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void a_pro_purchase_cancelled_unpaid_and_resubscribed_stays_pending_with_a_new_invoice_and_no_site_online() {
        NewCustomer carol = Customers.create();
        String token = carol.token();
        Response bought = buy(token, "demo-pro", null);
        assertThat(bought.status()).isEqualTo(201);
        assertThat(bought.string("status")).isEqualTo("pending");
        String id = bought.string("id");
        String first = awaitInvoice(token, invoice -> "50.00".equals(amount(invoice))).get("id").toString();

        assertThat(call("POST", gateway("/api/memberships/" + id + "/cancellation"), token,
                Map.of("reason", "other", "details", "not now", "confirm", "CANCEL")).string("status"))
                .isEqualTo("cancelled");
        Response back = call("POST", gateway("/api/memberships/" + id + "/resubscription"), token, null);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.string("status")).isEqualTo("pending");
        assertThat(back.body().get("timesBilled")).isEqualTo(0);

        await().atMost(DEADLINE).untilAsserted(() -> {
            List<Map<String, Object>> invoices = invoices(token);
            assertThat(invoices).filteredOn(i -> i.get("id").equals(first))
                    .singleElement().satisfies(i -> assertThat(i.get("status")).isEqualTo("cancelled"));
            assertThat(invoices).filteredOn(i -> "pending".equals(i.get("status")))
                    .singleElement().satisfies(i -> assertThat(amount(i)).isEqualTo("50.00"));
        });
        // site-service follows the membership's events in order: cancelled, then pending again. Wait for the last.
        await().atMost(DEADLINE).untilAsserted(() -> {
            Map<String, Object> site = awaitSite(token);
            assertThat(site.get("served")).isEqualTo(false);
            assertThat(((Map<?, ?>) site.get("unavailable")).get("reason")).isEqualTo("pending-payment");
        });
    }

    @Test
    void basic_changing_to_pro_owes_35_keeps_basic_limits_until_paid_then_pro_limits_follow() {
        Customers.Customer ann = Customers.withPlan("demo-basic");
        String token = Customers.signIn(ann.email(), Customers.PASSWORD);
        String membership = Customers.membershipId(token);
        Response change = call("POST", gateway("/api/memberships/" + membership + "/change"), token,
                Map.of("planId", Customers.productId("demo-pro")));
        assertThat(change.status()).isEqualTo(200);
        assertThat(change.string("outcome")).isEqualTo("awaiting-payment");
        assertThat(((Map<?, ?>) change.body().get("amountDueNow")).get("amount")).isEqualTo("35.00");
        String invoice = change.string("invoiceId");

        Map<String, Object> pending = awaitInvoice(token, i -> invoice.equals(i.get("id")));
        assertThat(amount(pending)).isEqualTo("35.00");
        assertThat(postsAllowed(token, ann.siteId())).as("Basic's limits until paid").isEqualTo(10);
        assertThat(call("POST", gateway("/api/billing/invoices/" + invoice + "/payment"), token,
                Map.of("card", "4000 0000 0000 0002")).status()).as("declined").isEqualTo(402);
        await().atMost(DEADLINE).until(() -> call("GET", gateway("/api/memberships/" + membership), token, null)
                .body().get("paymentFailure") != null);
        assertThat(postsAllowed(token, ann.siteId())).as("a declined card grants nothing").isEqualTo(10);

        long paidAt = System.nanoTime();
        assertThat(call("POST", gateway("/api/billing/invoices/" + invoice + "/payment"), token, Map.of()).status())
                .isEqualTo(200);
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(50))
                .until(() -> postsAllowed(token, ann.siteId()) == 100);
        System.out.printf("paid upgrade → Pro limits on the site after %d ms%n",
                Duration.ofNanos(System.nanoTime() - paidAt).toMillis());
        assertThat(call("GET", gateway("/api/memberships/" + membership), token, null).body().get("paymentFailure"))
                .isNull();
    }

    @Test
    void a_half_price_coupon_once_on_five_a_month_credits_the_2_50_paid_not_5_00_on_a_same_day_upgrade() {
        String admin = Customers.admin();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Response cheap = call("POST", gateway("/api/admin/products"), admin, Map.of("type", "plan", "name",
                "Cheap " + tag, "slug", "cheap-" + tag, "currency", "USD", "price", "5.00", "periodDuration", 1,
                "periodUnit", "month", "group", "demo"));
        assertThat(cheap.status()).isEqualTo(201);
        NewCustomer dave = Customers.create();
        String customerId = call("GET", gateway("/api/account/profile"), dave.token(), null).string("id");
        Response created = call("POST", gateway("/api/admin/memberships"), admin, Map.of("customerId", customerId,
                "planId", cheap.string("id"), "site", Map.of("title", "Cheap " + tag, "slug", "cheap-" + tag),
                "coupon", Map.of("code", "HALF", "kind", "percent", "value", 50, "duration", "once")));
        assertThat(created.status()).isEqualTo(201);
        Map<String, Object> invoice = awaitInvoice(dave.token(), i -> true);
        assertThat(amount(invoice)).isEqualTo("2.50");
        assertThat(call("POST", gateway("/api/billing/invoices/" + invoice.get("id") + "/payment"), dave.token(),
                Map.of()).status()).isEqualTo(200);
        String id = created.string("id");
        await().atMost(DEADLINE).until(() -> "active".equals(call("GET", gateway("/api/memberships/" + id),
                dave.token(), null).string("status")));

        Response preview = call("POST", gateway("/api/memberships/" + id + "/change/preview"), dave.token(),
                Map.of("planId", Customers.productId("demo-pro")));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(((List<?>) preview.body().get("lines")).stream().map(l -> (Map<?, ?>) l)
                .filter(l -> l.get("description").toString().startsWith("Unused time"))
                .map(l -> String.valueOf(((Map<?, ?>) l.get("amount")).get("amount"))).toList())
                .containsExactly("-2.50");
    }

    @Test
    void an_expired_membership_resubscribing_is_pending_until_paid_and_only_then_active() throws Exception {
        Customers.Customer erin = Customers.withPlan("demo-basic");
        String token = Customers.signIn(erin.email(), Customers.PASSWORD);
        String id = Customers.membershipId(token);
        TimePassing.periodEndedDaysAgo(UUID.fromString(id), 8);
        await().atMost(DEADLINE).until(() -> "expired".equals(call("GET", gateway("/api/memberships/" + id),
                token, null).string("status")));
        await().atMost(DEADLINE).until(() -> Boolean.FALSE.equals(awaitSite(token).get("served")));

        Response back = call("POST", gateway("/api/memberships/" + id + "/resubscription"), token, null);
        assertThat(back.string("status")).isEqualTo("pending");
        String invoiceId = ((Map<?, ?>) back.body().get("awaitingPayment")).get("invoiceId").toString();
        awaitInvoice(token, i -> invoiceId.equals(i.get("id")));
        assertThat(call("GET", gateway("/api/memberships/" + id), token, null).string("status")).isEqualTo("pending");

        assertThat(call("POST", gateway("/api/billing/invoices/" + invoiceId + "/payment"), token, Map.of())
                .status()).isEqualTo(200);
        await().atMost(DEADLINE).until(() -> "active".equals(call("GET", gateway("/api/memberships/" + id),
                token, null).string("status")) && Boolean.TRUE.equals(awaitSite(token).get("served")));
    }

    @Test
    void a_purchase_sent_twice_with_one_idempotency_key_creates_one_membership_one_site_one_invoice() {
        NewCustomer frank = Customers.create();
        String key = "purchase-" + UUID.randomUUID();
        Response first = buy(frank.token(), "demo-basic", key);
        Response again = buy(frank.token(), "demo-basic", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.string("id")).isEqualTo(first.string("id"));

        awaitSite(frank.token());
        awaitInvoice(frank.token(), i -> true);
        assertThat(call("GET", gateway("/api/memberships"), frank.token(), null).list()).hasSize(1);
        assertThat(call("GET", gateway("/api/sites"), frank.token(), null).list()).hasSize(1);
        assertThat(invoices(frank.token())).hasSize(1);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Each customer buys with a site address of their own. */
    private static Response buy(String token, String plan, String key) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Customers.membership(plan, "Site " + tag, tag);
        return key == null ? call("POST", gateway("/api/memberships"), token, body)
                : call("POST", gateway("/api/memberships"), token, keyed(body, key), Map.of("Idempotency-Key", key));
    }

    /** The same body for the same key: the site's address is derived from the key, not drawn again. */
    private static Map<String, Object> keyed(Map<String, Object> body, String key) {
        Map<String, Object> same = new LinkedHashMap<>(body);
        String tag = Integer.toHexString(key.hashCode());
        same.put("site", Map.of("title", "Site " + tag, "slug", "site-" + tag,
                "templateId", ((Map<?, ?>) body.get("site")).get("templateId")));
        return same;
    }

    private static List<Map<String, Object>> invoices(String token) {
        return call("GET", gateway("/api/billing/invoices"), token, null).list();
    }

    private static Map<String, Object> awaitInvoice(String token, Predicate<Map<String, Object>> which) {
        return await().atMost(DEADLINE).until(() -> invoices(token).stream().filter(which).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private static Map<String, Object> awaitSite(String token) {
        return await().atMost(DEADLINE).until(() -> call("GET", gateway("/api/sites"), token, null).list(),
                sites -> !sites.isEmpty()).get(0);
    }

    private static int postsAllowed(String token, String siteId) {
        Map<?, ?> limits = (Map<?, ?>) call("GET", gateway("/api/sites/" + siteId), token, null).body().get("limits");
        return ((Number) ((Map<?, ?>) limits.get("posts")).get("allowed")).intValue();
    }

    private static String amount(Map<String, Object> invoice) {
        return ((Map<?, ?>) invoice.get("total")).get("amount").toString();
    }
}
