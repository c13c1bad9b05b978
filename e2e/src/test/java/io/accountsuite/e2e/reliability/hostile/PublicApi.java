package io.accountsuite.e2e.reliability.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;

import io.accountsuite.e2e.reliability.hostile.Endpoint.Audience;
import io.accountsuite.e2e.reliability.hostile.Endpoint.Body;
import io.accountsuite.e2e.reliability.hostile.Endpoint.Field;

import static io.accountsuite.e2e.reliability.hostile.Fields.bounded;
import static io.accountsuite.e2e.reliability.hostile.Fields.confirm;
import static io.accountsuite.e2e.reliability.hostile.Fields.email;
import static io.accountsuite.e2e.reliability.hostile.Fields.forbidden;
import static io.accountsuite.e2e.reliability.hostile.Fields.id;
import static io.accountsuite.e2e.reliability.hostile.Fields.newPassword;
import static io.accountsuite.e2e.reliability.hostile.Fields.text;
import static io.accountsuite.e2e.reliability.hostile.Fields.word;

/**
 * Every write of the public API (../shared/API.md and README's additions) and every read by id, as endpoints the
 * generator can aim at, with baselines made from what the owner has ({@link Facts}). Admin endpoints are in
 * {@link AdminApi}.
 */
public final class PublicApi {

    static final String WRONG_PASSWORD = "not the password at all";
    /** A verification token of the minted shape that no mail carried: refused (400) on its own. */
    static final String UNKNOWN_VERIFICATION_TOKEN = "A".repeat(43);
    static final Set<String> REASONS = Set.of("too-expensive", "missing-features", "switching-service", "not-using",
            "technical-issues", "other");

    /**
     * What the owner has and the network is: ids by placeholder name (site, domain, membership, invoice, template,
     * plan, bakery, creditNote, switch, customer, product, adminTemplate), the owner's domain name and site slug,
     * the network settings as read.
     */
    public record Facts(Map<String, String> ids, String domainName, String siteSlug, String newDomainName,
                        Map<String, Object> settings) {
    }

    private PublicApi() {
    }

    /** The billing address the owner saves first: each field's baseline for PUT /api/billing/address. */
    public static Map<String, Object> savedAddress() {
        return BillingAddressFields.SAVED;
    }

    /** The endpoints, customers' and admins'. */
    public static List<Endpoint> endpoints(Facts facts) {
        List<Endpoint> all = new ArrayList<>();
        all.addAll(identity());
        all.addAll(memberships(facts));
        all.addAll(billingAndSites(facts));
        all.addAll(reads());
        all.addAll(AdminApi.endpoints(facts));
        return all;
    }

    private static List<Endpoint> identity() {
        return List.of(
                body("POST", "/api/auth/register", Audience.PUBLIC, null,
                        email("email", "new-hostile@example.com"), newPassword("password", "a long enough pass 1"),
                        text("name", "New", 200)),
                body("POST", "/api/auth/login", Audience.PUBLIC, null,
                        new Field("email", "nobody@example.com", Arbitraries.oneOf(HostileValues.blank()
                                .map(s -> (Object) s), HostileValues.longerThan(254).map(s -> (Object) s),
                                HostileValues.withNul().map(s -> (Object) s), HostileValues.notText()), true),
                        bounded("password", WRONG_PASSWORD, 1024, true)),
                body("POST", "/api/auth/refresh", Audience.PUBLIC, null,
                        bounded("refreshToken", "not-a-refresh-token", 200, true)),
                new Endpoint("POST", "/api/auth/logout", Audience.SESSION, Body.NONE, List.of(), null),
                body("POST", "/api/account/password", Audience.OWNER, null,
                        bounded("currentPassword", WRONG_PASSWORD, 1024, true),
                        bounded("newPassword", "another long pass 2", 1024, true),
                        bounded("newPasswordConfirmation", "another long pass 2", 1024, true)),
                body("POST", "/api/account/email", Audience.OWNER, null,
                        bounded("password", WRONG_PASSWORD, 1024, true), email("newEmail", "other@example.com")),
                body("POST", "/api/account/deletion", Audience.OWNER, null,
                        bounded("password", WRONG_PASSWORD, 1024, false), confirm("confirm", false)),
                // notification-service: a link's token is 43 base64url characters (VerificationController).
                body("POST", "/api/account/email/verification", Audience.PUBLIC, null,
                        Fields.pattern("token", UNKNOWN_VERIFICATION_TOKEN, "[A-Za-z0-9_-]{43}", true)));
    }

    private static List<Endpoint> memberships(Facts facts) {
        String basic = facts.ids().get("plan");
        Map<String, Object> change = Map.of("planId", basic);
        return List.of(
                body("POST", "/api/memberships", Audience.OWNER, null, newMembershipFields(facts)),
                body("POST", "/api/memberships/{membership}/change/preview", Audience.OWNER, change,
                        changeFields(basic)),
                body("POST", "/api/memberships/{membership}/change", Audience.OWNER, change, changeFields(basic)),
                body("POST", "/api/memberships/{membership}/cancellation", Audience.OWNER,
                        Map.of("reason", "other", "details", "hostile", "confirm", "CANCEL"),
                        word("reason", "other", REASONS, true),
                        new Field("details", "hostile", Arbitraries.oneOf(HostileValues.longerThan(2000)
                                .map(s -> (Object) s), HostileValues.withNul().map(s -> (Object) s),
                                HostileValues.notText()), false),
                        word("confirm", "NO", Set.of("CANCEL"), true)),
                none("DELETE", "/api/memberships/{membership}/pending-change", Audience.OWNER),
                none("DELETE", "/api/memberships/{membership}/scheduled-change", Audience.OWNER),
                none("POST", "/api/memberships/{membership}/resubscription", Audience.OWNER));
    }

    /** POST /api/memberships: plan, add-ons, site; a coupon is the admin's, refused here. */
    static Field[] newMembershipFields(Facts facts) {
        Map<String, Object> site = Map.of("title", "Hostile", "slug", facts.siteSlug(),
                "templateId", facts.ids().get("bakery"));
        return new Field[] {id("planId", facts.ids().get("plan"), true), addOns(),
                Fields.object("site", site, List.of(text("title", "Hostile", 120),
                        Fields.pattern("slug", facts.siteSlug(), "[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])", true),
                        // Without a template, the plan's default one: only a wrong one is refused.
                        id("templateId", facts.ids().get("bakery"), true).optional())),
                forbidden("coupon")};
    }

    static Field addOns() {
        return Fields.list("addOns", List.of(), 20, Arbitraries.oneOf(
                HostileValues.malformedUuid().map(productId -> (Object) Map.of("productId", productId, "quantity", 1)),
                HostileValues.notNumber().map(quantity -> (Object) Map.of("productId",
                        "00000000-0000-0000-0000-000000000000", "quantity", quantity))), false);
    }

    private static Field[] changeFields(String basic) {
        // A change names a plan and/or add-ons (API.md "planId?"): neither is required on its own.
        return new Field[] {id("planId", basic, true).optional(), addOns(), forbidden("billingPeriod"),
                forbidden("coupon")};
    }

    private static List<Endpoint> billingAndSites(Facts facts) {
        return List.of(
                body("PUT", "/api/billing/address", Audience.OWNER, null, BillingAddressFields.all()),
                new Endpoint("POST", "/api/billing/invoices/{invoice}/payment", Audience.OWNER, Body.OPTIONAL,
                        List.of(bounded("card", "4242 4242 4242 4242", 30, false)), Map.of()),
                body("POST", "/api/sites/{site}/template-switches", Audience.OWNER,
                        Map.of("templateId", facts.ids().get("template"), "confirm", true),
                        id("templateId", facts.ids().get("template"), true), confirm("confirm", false)),
                body("POST", "/api/sites/{site}/deletion", Audience.OWNER, Map.of("confirm", true),
                        confirm("confirm", false)),
                body("POST", "/api/sites/{site}/domains", Audience.OWNER,
                        Map.of("domain", facts.newDomainName(), "primary", false),
                        DomainNames.field(facts), Fields.yesNo("primary", false, false)),
                body("POST", "/api/sites/{site}/domains/{domain}/primary", Audience.OWNER, Map.of("confirm", true),
                        confirm("confirm", false)),
                none("POST", "/api/sites/{site}/domains/{domain}/verification", Audience.OWNER),
                none("DELETE", "/api/sites/{site}/domains/{domain}", Audience.OWNER));
    }

    private static List<Endpoint> reads() {
        return List.of(
                none("GET", "/api/memberships/{membership}", Audience.OWNER),
                none("GET", "/api/memberships/{membership}/change-options", Audience.OWNER),
                none("GET", "/api/billing/invoices/{invoice}", Audience.OWNER),
                none("GET", "/api/billing/invoices/{invoice}/pdf", Audience.OWNER),
                none("GET", "/api/billing/credit-notes/{creditNote}/pdf", Audience.OWNER),
                none("GET", "/api/sites/{site}", Audience.OWNER),
                none("GET", "/api/sites/{site}/templates", Audience.OWNER),
                none("GET", "/api/sites/{site}/template-switches/{switch}", Audience.OWNER),
                none("GET", "/api/sites/{site}/domains", Audience.OWNER));
    }

    static Endpoint body(String method, String path, Audience audience, Map<String, Object> foreignBody,
                         Field... fields) {
        return new Endpoint(method, path, audience, Body.REQUIRED, List.of(fields), foreignBody);
    }

    static Endpoint none(String method, String path, Audience audience) {
        return new Endpoint(method, path, audience, Body.NONE, List.of(), null);
    }
}
