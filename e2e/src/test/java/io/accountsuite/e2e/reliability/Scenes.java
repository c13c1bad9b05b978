package io.accountsuite.e2e.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.accountsuite.e2e.Customers;
import io.accountsuite.e2e.Customers.Customer;
import io.accountsuite.e2e.Customers.NewCustomer;
import io.accountsuite.e2e.Mailbox;
import io.accountsuite.e2e.RunningSuite;
import io.accountsuite.e2e.RunningSuite.Response;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The matrix's scene and what single rows prepare on it, all through the public API: an owner with a paid Pro
 * membership, a site, a domain, a billing address, invoices and a credit note; another customer and a network admin
 * with accounts of their own and nothing in them. Every customer's password is {@link Customers#PASSWORD}.
 */
final class Scenes {

    private static final Duration ASYNC = Duration.ofSeconds(30);

    private Scenes() {
    }

    /** The scene every row starts from. */
    static Scene set() {
        // Both wait mostly for events to spread: made side by side, they take the time of one.
        CompletableFuture<Customer> member = CompletableFuture.supplyAsync(() -> Customers.withPlan("demo-basic"));
        Customer owner = Customers.withPlan("demo-pro");
        String ownerToken = Customers.signIn(owner.email(), Customers.PASSWORD);
        String memberToken = Customers.signIn(member.join().email(), Customers.PASSWORD);
        NewCustomer stranger = Customers.create();
        String adminEmail = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        assertThat(call("POST", gateway("/api/admin/customers"), Customers.admin(), Map.of("email", adminEmail,
                "password", Customers.PASSWORD, "name", "Matrix admin", "admin", true)).status()).isEqualTo(201);
        String adminToken = Customers.signIn(adminEmail, Customers.PASSWORD);

        Map<String, String> values = new LinkedHashMap<>();
        values.put("ownerEmail", owner.email());
        values.put("strangerEmail", stranger.email());
        values.put("adminEmail", adminEmail);
        values.put("password", Customers.PASSWORD);
        values.put("ownerId", call("GET", gateway("/api/account/profile"), ownerToken, null).string("id"));
        values.put("siteTitle", owner.siteTitle());
        values.put("site", owner.siteId());
        values.put("membership", Customers.membershipId(ownerToken));
        values.put("memberToken", memberToken);
        values.put("memberMembership", Customers.membershipId(memberToken));
        values.put("invoice", firstInvoice(ownerToken));
        values.put("template", call("GET", gateway("/api/sites/" + owner.siteId() + "/templates"), ownerToken, null)
                .list().get(0).get("id").toString());
        values.put("basic", Customers.productId("demo-basic"));
        values.put("pro", Customers.productId("demo-pro"));
        values.put("extraPosts", Customers.productId("demo-extra-posts"));
        values.put("bakery", ((Map<?, ?>) Customers.membership("demo-basic", "x", "x").get("site"))
                .get("templateId").toString());
        String domainName = "owner-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        Response domain = call("POST", gateway("/api/sites/" + owner.siteId() + "/domains"), ownerToken,
                Map.of("domain", domainName, "primary", true));
        assertThat(domain.status()).as("the owner's domain: %s", domain.body()).isEqualTo(201);
        values.put("domain", domain.string("id"));
        values.put("domainName", domainName);
        assertThat(call("PUT", gateway("/api/billing/address"), ownerToken, ADDRESS).status()).isEqualTo(200);
        Response refund = call("POST", gateway("/api/admin/invoices/" + values.get("invoice") + "/refunds"),
                adminToken, Map.of("amount", "0.01", "reason", "Authorization matrix"));
        assertThat(refund.status()).as("a credit note for the owner: %s", refund.body()).isEqualTo(201);
        values.put("creditNote", refund.string("id"));

        Map<Caller, String> tokens = new EnumMap<>(Caller.class);
        tokens.put(Caller.ANOTHER_CUSTOMER, stranger.token());
        tokens.put(Caller.OWNER, ownerToken);
        tokens.put(Caller.ADMIN, adminToken);
        return Scene.of(tokens, values);
    }

    /** A billing address the owner may save. */
    static final Map<String, Object> ADDRESS = Map.of("email", "billing@example.com", "line1", "1 Rue de la Paix",
            "city", "Lyon", "postalCode", "69001", "country", "FR");

    /** The owner's values no one else's answer may show: what the others never sent. */
    static List<String> ownersSecrets(Scene scene) {
        return List.of(scene.value("ownerEmail"), scene.value("ownerId"), scene.value("siteTitle"),
                scene.value("domainName"));
    }

    /** A new customer with nothing yet takes the owner's place. */
    static Scene freshOwner(Scene scene) {
        NewCustomer fresh = Customers.create();
        return scene.withToken(Caller.OWNER, fresh.token()).with("freshEmail", fresh.email());
    }

    /**
     * A new owner who bought the Basic plan without paying: a pending membership whose site exists (not served)
     * and whose first invoice awaits payment.
     */
    static Scene purchaseAwaitingPayment(Scene scene) {
        Scene fresh = freshOwner(scene);
        String token = fresh.token(Caller.OWNER);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Response bought = call("POST", gateway("/api/memberships"), token,
                Customers.membership("demo-basic", "Pending " + tag, tag));
        assertThat(bought.status()).as("a purchase awaiting payment: %s", bought.body()).isEqualTo(201);
        String site = await().atMost(ASYNC).until(() -> call("GET", gateway("/api/sites"), token, null).list(),
                sites -> !sites.isEmpty()).get(0).get("id").toString();
        return fresh.with("membership", bought.string("id")).with("invoice", firstInvoice(token)).with("site", site);
    }

    /** Every signed-in caller in a session of its own, which the row may end. */
    static Scene sessionsOfTheirOwn(Scene scene) {
        return scene.withToken(Caller.ANOTHER_CUSTOMER, signIn(scene, "strangerEmail"))
                .withToken(Caller.OWNER, signIn(scene, "ownerEmail"))
                .withToken(Caller.ADMIN, signIn(scene, "adminEmail"));
    }

    /** A new owner who has asked for their account's deletion. */
    static Scene deletionRequested(Scene scene) {
        Scene fresh = freshOwner(scene);
        assertThat(call("POST", gateway("/api/account/deletion"), fresh.token(Caller.OWNER),
                Map.of("password", Customers.PASSWORD, "confirm", true)).status()).isEqualTo(202);
        return fresh;
    }

    /** A new customer, created by the admin, for admin rows to act on ({@code target}). */
    static Scene customerToActOn(Scene scene) {
        Response created = call("POST", gateway("/api/admin/customers"), scene.token(Caller.ADMIN), Map.of(
                "email", "target-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                "password", Customers.PASSWORD, "name", "Matrix target"));
        assertThat(created.status()).isEqualTo(201);
        return scene.with("target", created.string("id"));
    }

    /** As {@link #customerToActOn}, made an admin. */
    static Scene adminToActOn(Scene scene) {
        Scene target = customerToActOn(scene);
        assertThat(call("POST", gateway("/api/admin/customers/" + target.value("target") + "/admin"),
                scene.token(Caller.ADMIN), null).status()).isEqualTo(200);
        return target;
    }

    /**
     * A customer with a paid Basic membership takes the owner's place for a row that changes the membership: the
     * owner's Pro cannot be upgraded, nor downgraded while it has a domain, and should not be cancelled under the
     * rows that read it.
     */
    static Scene basicMember(Scene scene) {
        return scene.withToken(Caller.OWNER, scene.value("memberToken"))
                .with("membership", scene.value("memberMembership"));
    }

    /** The Basic member's upgrade to Pro, awaiting its payment (a pending change). */
    static Scene upgradeAwaitingPayment(Scene scene) {
        Scene member = basicMember(scene);
        Response change = call("POST", gateway("/api/memberships/" + member.value("membership") + "/change"),
                member.token(Caller.OWNER), Map.of("planId", member.value("pro")));
        assertThat(change.status()).as("an upgrade awaiting payment: %s", change.body()).isEqualTo(200);
        assertThat(change.string("outcome")).isEqualTo("awaiting-payment");
        return member;
    }

    /** Drops the owner's change awaiting payment, if one is left. */
    static void noPendingChange(Scene scene) {
        assertThat(call("DELETE", gateway("/api/memberships/" + scene.value("membership") + "/pending-change"),
                scene.token(Caller.OWNER), null).status()).isEqualTo(204);
    }

    /** The Basic member's membership cancelled (its paid period still running). */
    static Scene cancelled(Scene scene) {
        Scene member = basicMember(scene);
        Response cancelled = call("POST", gateway("/api/memberships/" + member.value("membership")
                + "/cancellation"), member.token(Caller.OWNER), CANCELLATION);
        assertThat(cancelled.status()).as("a cancellation: %s", cancelled.body()).isEqualTo(200);
        return member;
    }

    /** Renews the owner's cancelled membership again. */
    static void resubscribed(Scene scene) {
        assertThat(call("POST", gateway("/api/memberships/" + scene.value("membership") + "/resubscription"),
                scene.token(Caller.OWNER), null).status()).isEqualTo(200);
    }

    static final Map<String, Object> CANCELLATION = Map.of("reason", "other", "details", "authorization matrix",
            "confirm", "CANCEL");

    /** A template switch of the owner's site under way ({@code switch}). */
    static Scene switchStarted(Scene scene) {
        noSwitchUnderWay(scene);
        Response started = call("POST", gateway("/api/sites/" + scene.value("site") + "/template-switches"),
                scene.token(Caller.OWNER), Map.of("templateId", scene.value("template"), "confirm", true));
        assertThat(started.status()).as("a template switch: %s", started.body()).isEqualTo(202);
        return scene.with("switch", started.string("switchId"));
    }

    /**
     * Waits until no template switch of the owner's site is queued or running: a site takes one switch at a time
     * (409 otherwise), so a row that starts one waits for the one before it.
     */
    static void noSwitchUnderWay(Scene scene) {
        await().atMost(ASYNC).until(() -> activeSwitches(scene.value("site")) == 0);
    }

    /** A second domain of the owner's site ({@code domain}), for a row that removes it. */
    static Scene extraDomain(Scene scene) {
        Response added = call("POST", gateway("/api/sites/" + scene.value("site") + "/domains"),
                scene.token(Caller.OWNER), Map.of("domain", scene.fill("extra-{unique}.example.com"),
                        "primary", false));
        assertThat(added.status()).as("an extra domain: %s", added.body()).isEqualTo(201);
        return scene.with("domain", added.string("id"));
    }

    /** A product of the catalog ({@code product}, {@code productSlug}) for a row that edits it. */
    static Scene productToEdit(Scene scene) {
        String slug = scene.fill("matrix-{unique}");
        Response created = call("POST", gateway("/api/admin/products"), scene.token(Caller.ADMIN),
                scene.with("productSlug", slug).fill(PRODUCT));
        assertThat(created.status()).as("a product: %s", created.body()).isEqualTo(201);
        return scene.with("product", created.string("id")).with("productSlug", slug);
    }

    /** A service (never a plan's add-on), so that creating or editing it changes no plan. */
    static final Map<String, Object> PRODUCT = Map.of("type", "service", "name", "Matrix help",
            "slug", "{productSlug}", "currency", "USD", "price", "1.00", "periodDuration", 0,
            "periodUnit", "one-time", "active", false);

    /** A catalog coupon ({@code coupon}, its code) for a row that deactivates it. */
    static Scene couponToDeactivate(Scene scene) {
        Response created = call("POST", gateway("/api/admin/coupons"), scene.token(Caller.ADMIN),
                scene.fill(COUPON));
        assertThat(created.status()).as("a coupon: %s", created.body()).isEqualTo(201);
        return scene.with("coupon", created.string("code"));
    }

    /** A coupon given once, so that no membership's recurring price would follow from it. */
    static final Map<String, Object> COUPON = Map.of("code", "MATRIX-{unique}", "kind", "percent", "value", "10",
            "duration", "once");

    /** A site template ({@code adminTemplate}) for a row that edits it. */
    static Scene templateToEdit(Scene scene) {
        Response created = call("POST", gateway("/api/admin/templates"), scene.token(Caller.ADMIN),
                scene.fill(TEMPLATE));
        assertThat(created.status()).as("a template: %s", created.body()).isEqualTo(201);
        return scene.with("adminTemplate", created.string("id"));
    }

    static final Map<String, Object> TEMPLATE = Map.of("name", "Matrix {unique}", "description", "a template",
            "posts", List.of(), "pages", List.of(), "media", List.of());

    /** The admin's current settings at {@code path}, to save unchanged. */
    static Object currentSettings(Scene scene, String path) {
        Response current = call("GET", gateway(path), scene.token(Caller.ADMIN), null);
        assertThat(current.status()).as("the settings at %s", path).isEqualTo(200);
        return current.body();
    }

    /**
     * An unused verification link's token: a new customer's "Confirm your email address" mail, read from the suite's
     * mail server. A link works once, so each caller of the public verification row spends one of their own.
     */
    static String verificationToken() {
        return new Mailbox(Customers.create().email()).awaitSubject("Confirm your email address").verificationToken();
    }

    /** A fresh refresh token of a new session of another customer. */
    static String refreshToken(Scene scene) {
        Response tokens = call("POST", gateway("/api/auth/login"), null,
                Map.of("email", scene.value("strangerEmail"), "password", Customers.PASSWORD));
        assertThat(tokens.status()).isEqualTo(200);
        return tokens.string("refreshToken");
    }

    private static String signIn(Scene scene, String email) {
        return Customers.signIn(scene.value(email), Customers.PASSWORD);
    }

    private static String firstInvoice(String token) {
        return await().atMost(ASYNC).until(() -> call("GET", gateway("/api/billing/invoices"), token, null).list(),
                invoices -> !invoices.isEmpty()).get(0).get("id").toString();
    }

    private static int activeSwitches(String site) throws SQLException {
        try (Connection db = DriverManager.getConnection(RunningSuite.jdbcUrl("site"), "postgres", "");
             PreparedStatement query = db.prepareStatement("SELECT count(*) FROM template_switches"
                     + " WHERE site_id = ? AND status IN ('queued', 'running')")) {
            query.setObject(1, UUID.fromString(site));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
