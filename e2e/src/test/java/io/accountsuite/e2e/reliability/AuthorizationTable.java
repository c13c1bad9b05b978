package io.accountsuite.e2e.reliability;

import java.util.List;
import java.util.Map;

import static io.accountsuite.e2e.reliability.Endpoint.Access.ADMIN_ONLY;
import static io.accountsuite.e2e.reliability.Endpoint.Access.ADMIN_PAGE;
import static io.accountsuite.e2e.reliability.Endpoint.Access.NOT_PUBLISHED;
import static io.accountsuite.e2e.reliability.Endpoint.Access.OWNED;
import static io.accountsuite.e2e.reliability.Endpoint.Access.OWN_ACCOUNT;
import static io.accountsuite.e2e.reliability.Endpoint.Access.PAGE;
import static io.accountsuite.e2e.reliability.Endpoint.Access.PUBLIC;
import static io.accountsuite.e2e.reliability.Endpoint.of;

/**
 * Every endpoint the gateway serves: ../shared/API.md, the additions README lists (overviews, account credit,
 * credit notes, the event stream, the admin's memberships, invoices and customers' roles, the settings' parts, the
 * email verification and the mails' sender of issue 19, the admin API of issue 20) and the pages; and the service
 * endpoints it must not publish. Each row says who may call it ({@link Endpoint.Access}, from which the expected
 * status of each caller
 * follows) and the request its owner is allowed to make. A request that changes what other rows read is prepared on
 * a fresh owner or resource, or put back after.
 *
 * <p>The API's description ({@code /api/docs}, {@code /api/docs/openapi.json}) is public: it names paths and shapes,
 * no one's data, and lets an integrator read the API before signing up. Not in the table: the page's form posts
 * ({@code /login}, {@code /logout}, {@code /account/actions}, the plain forms) are CSRF-protected browser forms, which
 * the browser journeys drive.
 */
final class AuthorizationTable {

    private static final Map<String, Object> NOTHING = Map.of();

    private AuthorizationTable() {
    }

    static List<Endpoint> endpoints() {
        return List.of(
                // Auth and credentials (identity-service)
                of("POST", "/api/auth/register", PUBLIC, 202).body(Map.of("email", "new-{unique}@example.com",
                        "password", "a long enough password 1", "name", "New customer")),
                of("POST", "/api/auth/login", PUBLIC, 200)
                        .body(Map.of("email", "{strangerEmail}", "password", "{password}")),
                of("POST", "/api/auth/refresh", PUBLIC, 200)
                        .bodyFrom(scene -> Map.of("refreshToken", Scenes.refreshToken(scene))),
                of("POST", "/api/auth/logout", OWN_ACCOUNT, 204).others(204).prepared(Scenes::sessionsOfTheirOwn),
                of("GET", "/.well-known/jwks.json", PUBLIC, 200),
                of("GET", "/api/account/profile", OWN_ACCOUNT, 200),
                of("PATCH", "/api/account/profile", OWN_ACCOUNT, 200).body(Map.of("language", "en")),
                of("POST", "/api/account/password", OWN_ACCOUNT, 200).prepared(Scenes::freshOwner)
                        .body(Map.of("currentPassword", "{password}", "newPassword", "a new long password 2",
                                "newPasswordConfirmation", "a new long password 2")).harmless(NOTHING),
                of("POST", "/api/account/email", OWN_ACCOUNT, 204).prepared(Scenes::freshOwner)
                        .body(Map.of("password", "{password}", "newEmail", "moved-{unique}@example.com"))
                        .harmless(NOTHING),
                of("POST", "/api/account/deletion", OWN_ACCOUNT, 202).prepared(Scenes::freshOwner)
                        .body(Map.of("password", "{password}", "confirm", true)).harmless(NOTHING),
                // Only the owner asked for a deletion: the others' own accounts have none.
                of("GET", "/api/account/deletion", OWN_ACCOUNT, 200).others(404).prepared(Scenes::deletionRequested),
                of("GET", "/api/account/export", OWN_ACCOUNT, 200),
                // Email verification (notification-service): the mailed link is the proof, no sign-in needed.
                of("POST", "/api/account/email/verification", PUBLIC, 200)
                        .bodyFrom(scene -> Map.of("token", Scenes.verificationToken())),
                // The page (gateway)
                of("GET", "/api/account", OWN_ACCOUNT, 200),
                of("GET", "/api/account/events", OWN_ACCOUNT, 200),
                // The API's description (gateway, merged from every service's)
                of("GET", "/api/docs", PUBLIC, 200),
                of("GET", "/api/docs/openapi.json", PUBLIC, 200),
                // Memberships and catalog (membership-service)
                of("GET", "/api/catalog", PUBLIC, 200),
                of("POST", "/api/memberships", OWN_ACCOUNT, 201).prepared(Scenes::freshOwner).harmless(NOTHING)
                        .body(Map.of("planId", "{basic}", "site", Map.of("title", "Bought {unique}",
                                "slug", "bought-{unique}", "templateId", "{bakery}"))),
                of("GET", "/api/memberships", OWN_ACCOUNT, 200),
                of("GET", "/api/memberships/{membership}", OWNED, 200),
                of("GET", "/api/memberships/{membership}/change-options", OWNED, 200),
                of("POST", "/api/memberships/{membership}/change/preview", OWNED, 200)
                        .body(Map.of("planId", "{basic}")),
                of("POST", "/api/memberships/{membership}/change", OWNED, 200).body(Map.of("planId", "{pro}"))
                        .prepared(Scenes::basicMember).cleanedUp(Scenes::noPendingChange),
                of("DELETE", "/api/memberships/{membership}/pending-change", OWNED, 204)
                        .prepared(Scenes::upgradeAwaitingPayment),
                // Taking back a scheduled change is idempotent: 204 with or without one (Membership).
                of("DELETE", "/api/memberships/{membership}/scheduled-change", OWNED, 204),
                of("POST", "/api/memberships/{membership}/cancellation", OWNED, 200).body(Scenes.CANCELLATION)
                        .prepared(Scenes::basicMember).cleanedUp(Scenes::resubscribed),
                of("POST", "/api/memberships/{membership}/resubscription", OWNED, 200).prepared(Scenes::cancelled),
                // Billing (billing-service)
                of("GET", "/api/billing/overview", OWN_ACCOUNT, 200),
                // The others saved no address: "the address or 404".
                of("GET", "/api/billing/address", OWN_ACCOUNT, 200).others(404),
                of("PUT", "/api/billing/address", OWN_ACCOUNT, 200).body(Scenes.ADDRESS).harmless(NOTHING),
                of("GET", "/api/billing/invoices", OWN_ACCOUNT, 200),
                of("GET", "/api/billing/invoices/{invoice}", OWNED, 200),
                of("GET", "/api/billing/invoices/{invoice}/pdf", OWNED, 200),
                of("POST", "/api/billing/invoices/{invoice}/payment", OWNED, 200).body(NOTHING)
                        .prepared(Scenes::purchaseAwaitingPayment),
                of("GET", "/api/billing/credit-notes", OWN_ACCOUNT, 200),
                of("GET", "/api/billing/credit-notes/{creditNote}/pdf", OWNED, 200),
                of("GET", "/api/billing/account-credit", OWN_ACCOUNT, 200),
                // Sites and templates (site-service)
                of("GET", "/api/sites", OWN_ACCOUNT, 200),
                of("GET", "/api/sites/overview", OWN_ACCOUNT, 200),
                of("GET", "/api/sites/{site}", OWNED, 200),
                of("GET", "/api/sites/{site}/templates", OWNED, 200),
                of("POST", "/api/sites/{site}/template-switches", OWNED, 202)
                        .body(Map.of("templateId", "{template}", "confirm", true))
                        .prepared(scene -> {
                            Scenes.noSwitchUnderWay(scene);
                            return scene;
                        }),
                of("GET", "/api/sites/{site}/template-switches/{switch}", OWNED, 200).prepared(Scenes::switchStarted),
                of("POST", "/api/sites/{site}/deletion", OWNED, 204).body(Map.of("confirm", true))
                        .prepared(Scenes::purchaseAwaitingPayment),
                // Domains (domain-service)
                of("GET", "/api/domains/instructions", OWN_ACCOUNT, 200),
                of("GET", "/api/domains/overview", OWN_ACCOUNT, 200),
                of("GET", "/api/sites/{site}/domains", OWNED, 200),
                of("POST", "/api/sites/{site}/domains", OWNED, 201)
                        .body(Map.of("domain", "added-{unique}.example.com", "primary", false)),
                of("POST", "/api/sites/{site}/domains/{domain}/primary", OWNED, 200).body(Map.of("confirm", true)),
                of("POST", "/api/sites/{site}/domains/{domain}/verification", OWNED, 202),
                of("DELETE", "/api/sites/{site}/domains/{domain}", OWNED, 204).prepared(Scenes::extraDomain),
                // Admin (role admin; each service owns its part)
                of("GET", "/api/admin/customers", ADMIN_ONLY, 200),
                of("GET", "/api/admin/customers?q=example&limit=5", ADMIN_ONLY, 200),
                of("GET", "/api/admin/customers/{target}", ADMIN_ONLY, 200).prepared(Scenes::customerToActOn),
                of("POST", "/api/admin/customers", ADMIN_ONLY, 201).body(Map.of("email", "made-{unique}@example.com",
                        "password", "{password}", "name", "Made by the admin")),
                of("POST", "/api/admin/customers/{target}/admin", ADMIN_ONLY, 200).prepared(Scenes::customerToActOn),
                of("DELETE", "/api/admin/customers/{target}/admin", ADMIN_ONLY, 200).prepared(Scenes::adminToActOn),
                of("GET", "/api/admin/products", ADMIN_ONLY, 200),
                of("GET", "/api/admin/products/{basic}", ADMIN_ONLY, 200),
                of("POST", "/api/admin/products", ADMIN_ONLY, 201)
                        .bodyFrom(scene -> scene.with("productSlug", scene.fill("made-{unique}")).fill(Scenes.PRODUCT)),
                of("PUT", "/api/admin/products/{product}", ADMIN_ONLY, 200).body(Scenes.PRODUCT)
                        .prepared(Scenes::productToEdit),
                of("POST", "/api/admin/memberships", ADMIN_ONLY, 201).prepared(Scenes::customerToActOn)
                        .body(Map.of("customerId", "{target}", "planId", "{basic}", "site", Map.of(
                                "title", "Given {unique}", "slug", "given-{unique}", "templateId", "{bakery}"))),
                of("GET", "/api/admin/memberships?status=active&limit=5", ADMIN_ONLY, 200),
                of("GET", "/api/admin/memberships/summary", ADMIN_ONLY, 200),
                of("GET", "/api/admin/coupons", ADMIN_ONLY, 200),
                of("POST", "/api/admin/coupons", ADMIN_ONLY, 201).body(Scenes.COUPON),
                of("POST", "/api/admin/coupons/{coupon}/deactivation", ADMIN_ONLY, 200)
                        .prepared(Scenes::couponToDeactivate),
                of("GET", "/api/admin/templates", ADMIN_ONLY, 200),
                of("GET", "/api/admin/templates/{bakery}", ADMIN_ONLY, 200),
                of("GET", "/api/admin/sites", ADMIN_ONLY, 200),
                of("POST", "/api/admin/templates", ADMIN_ONLY, 201).body(Scenes.TEMPLATE),
                of("PUT", "/api/admin/templates/{adminTemplate}", ADMIN_ONLY, 200).body(Scenes.TEMPLATE)
                        .prepared(Scenes::templateToEdit),
                // The audit log of admin changes, composed by the gateway from every service (issue 20).
                of("GET", "/api/admin/audit?limit=5", ADMIN_ONLY, 200),
                of("GET", "/api/admin/settings", ADMIN_ONLY, 200),
                of("PUT", "/api/admin/settings", ADMIN_ONLY, 200)
                        .bodyFrom(scene -> Scenes.currentSettings(scene, "/api/admin/settings")),
                of("GET", "/api/admin/settings/sites", ADMIN_ONLY, 200),
                of("PUT", "/api/admin/settings/sites", ADMIN_ONLY, 200)
                        .bodyFrom(scene -> Scenes.currentSettings(scene, "/api/admin/settings/sites")),
                of("GET", "/api/admin/settings/domains", ADMIN_ONLY, 200),
                of("PUT", "/api/admin/settings/domains", ADMIN_ONLY, 200)
                        .bodyFrom(scene -> Scenes.currentSettings(scene, "/api/admin/settings/domains")),
                of("GET", "/api/admin/settings/notifications", ADMIN_ONLY, 200),
                of("PUT", "/api/admin/settings/notifications", ADMIN_ONLY, 200)
                        .bodyFrom(scene -> Scenes.currentSettings(scene, "/api/admin/settings/notifications")),
                of("POST", "/api/admin/invoices/{invoice}/paid", ADMIN_ONLY, 200)
                        .prepared(Scenes::purchaseAwaitingPayment),
                of("POST", "/api/admin/invoices/{invoice}/refunds", ADMIN_ONLY, 201)
                        .body(Map.of("amount", "0.01", "reason", "Authorization matrix")),
                of("GET", "/api/admin/invoices/{invoice}/credit-notes", ADMIN_ONLY, 200),
                of("GET", "/api/admin/invoices?status=completed&limit=10", ADMIN_ONLY, 200),
                of("GET", "/api/admin/invoices/summary", ADMIN_ONLY, 200),
                of("GET", "/api/admin/domains?trouble=true", ADMIN_ONLY, 200),
                of("GET", "/api/admin/domains/summary", ADMIN_ONLY, 200),
                of("POST", "/api/admin/domains/{domain}/verification", ADMIN_ONLY, 202),
                // The web page (gateway)
                of("GET", "/login", PUBLIC, 200),
                of("GET", "/signup", PUBLIC, 200),
                of("GET", "/verify-email?token={unique}", PUBLIC, 200),
                of("GET", "/account", PAGE, 200),
                // The network admin's pages (issue 20): a customer gets the 403 page, a visitor the sign-in page.
                of("GET", "/admin/overview", ADMIN_PAGE, 200),
                of("GET", "/admin/products", ADMIN_PAGE, 200),
                of("GET", "/admin/products/new?type=plan", ADMIN_PAGE, 200),
                of("GET", "/admin/templates", ADMIN_PAGE, 200),
                of("GET", "/admin/coupons", ADMIN_PAGE, 200),
                of("GET", "/admin/customers?q=example", ADMIN_PAGE, 200),
                of("GET", "/admin/customers/new", ADMIN_PAGE, 200),
                of("GET", "/admin/invoices?status=completed", ADMIN_PAGE, 200),
                of("GET", "/admin/domains?trouble=true", ADMIN_PAGE, 200),
                of("GET", "/admin/settings", ADMIN_PAGE, 200),
                of("GET", "/account/membership", PAGE, 200),
                of("GET", "/account/billing-address", PAGE, 200),
                of("GET", "/account/password", PAGE, 200),
                of("GET", "/account/email", PAGE, 200),
                // Not published, on purpose (README: what the gateway publishes)
                of("POST", "/api/sites/{site}/posts", NOT_PUBLISHED, 404).body(Map.of("title", "Injected")),
                of("POST", "/api/sites/{site}/pages", NOT_PUBLISHED, 404).body(Map.of("title", "Injected")),
                of("POST", "/api/sites/{site}/media", NOT_PUBLISHED, 404)
                        .body(Map.of("name", "injected.png", "sizeBytes", 1)),
                of("POST", "/api/sites/{site}/visits", NOT_PUBLISHED, 404),
                of("GET", "/api/sites/{site}/domains/entitlement", NOT_PUBLISHED, 404),
                of("GET", "/api/admin/signing-keys", NOT_PUBLISHED, 404),
                of("POST", "/api/admin/signing-keys", NOT_PUBLISHED, 404));
    }
}
