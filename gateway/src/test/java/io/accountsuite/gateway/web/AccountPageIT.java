package io.accountsuite.gateway.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.live.LiveEvents;
import io.accountsuite.gateway.security.TokenCookies;
import io.accountsuite.testkit.ContractFixtures;
import io.accountsuite.testkit.StubBackend.Answer;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static io.accountsuite.gateway.GatewayTestBackends.BILLING;
import static io.accountsuite.gateway.GatewayTestBackends.DOMAIN;
import static io.accountsuite.gateway.GatewayTestBackends.IDENTITY;
import static io.accountsuite.gateway.GatewayTestBackends.MEMBERSHIP;
import static io.accountsuite.gateway.GatewayTestBackends.SITE;
import static io.accountsuite.gateway.web.AccountFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

@GatewayTest
class AccountPageIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SITE_ID = "5e5e5e5e-0000-0000-0000-000000000002";

    @Autowired WebTestClient web;

    @BeforeEach
    void answers() {
        AccountFixtures.answerEveryBlock();
    }

    @Test
    void the_page_shows_every_block_and_says_which_is_unavailable() {
        String html = web.get().uri("/account")
                .cookie(TokenCookies.ACCESS, TestTokens.accessToken(UUID.randomUUID()))
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html)
                .contains("Basic").contains("ABCDE12345").contains("Extra posts × 2").contains("$14.00")
                .contains("1 / until cancelled").contains("Changing to Pro on Jul 1, 2027")
                .contains("Ann&#39;s Bakery").contains("ann.sites.example")
                .contains("Posts").contains("2 / 10").contains("Visits this month").contains("7 used · Unlimited")
                .contains("INV-2026-000001").contains("/api/billing/invoices/i1/pdf").contains("Payment due")
                .contains("café.example").contains("DNS answer: A 203.0.113.9")
                .contains("Bakery")
                .contains("Ann Example");
        assertThat(html).as("the page's script listens to every event the gateway forwards, from one list")
                .contains("data-live-events=\"" + String.join(" ", LiveEvents.LIVE) + "\"")
                .contains("CustomDomainsEntitlementChanged").contains("SiteEntitlementsChanged");
        String payNow = html.substring(html.indexOf("<form", html.indexOf("Payment due")));
        assertThat(payNow.substring(0, payNow.indexOf("</form>")))
                .as("pay now: a form for browsers without JavaScript, the API call for the script")
                .contains("action=\"/account/actions\"").contains("name=\"_csrf\"")
                .contains("name=\"path\" value=\"/api/billing/invoices/i1/payment\"")
                .contains("name=\"confirm\" value=\"Pay INV-2026-000001 now (")
                .contains("type=\"submit\"").contains("data-api=\"POST\"")
                .contains("data-path=\"/api/billing/invoices/i1/payment\"").doesNotContain("data-body");
        String makePrimary = html.substring(html.indexOf("<form", html.indexOf("data-domain=\"shop.example\"")));
        assertThat(makePrimary.substring(0, makePrimary.indexOf("</form>")))
                .contains("name=\"confirm\" value=\"Make shop.example the site&#39;s primary domain?\"")
                .contains("data-body=\"{&quot;confirm&quot;:true}\"").contains(">Make primary</button>");
        assertThat(section(html, "billing-address", "invoices")).contains("Lyon")
                .contains("data-opens=\"address-dialog\"");

        BILLING.answer("GET", "/api/billing/overview", Answer.json(500, "{}"));
        String withoutBilling = page();
        assertThat(section(withoutBilling, "billing-address", "invoices")).contains("temporarily unavailable")
                .doesNotContain("data-opens=\"address-dialog\"");
        assertThat(withoutBilling).as("only billing's blocks go: the others still show")
                .doesNotContain("INV-2026-000001").contains("café.example").contains("Ann&#39;s Bakery");
    }

    private static String section(String html, String id, String nextId) {
        return html.substring(html.indexOf("id=\"" + id + "\""), html.indexOf("id=\"" + nextId + "\""));
    }

    @Test
    void the_blocks_stand_in_two_columns_in_the_original_order_with_the_danger_zone_last() {
        String html = page();
        String[] columns = html.split("<div class=\"column\">");
        assertThat(columns).as("two columns").hasSize(3);
        assertThat(ids(columns[1])).containsExactly("membership", "site", "limits");
        assertThat(ids(columns[2])).containsExactly("billing-address", "invoices", "profile", "templates", "domains",
                "danger-zone");
        assertThat(html.indexOf("id=\"danger-zone\"")).as("the danger zone after both columns, full width")
                .isGreaterThan(html.lastIndexOf("id=\"domains\""));
        assertThat(html.substring(html.lastIndexOf("</div>", html.indexOf("id=\"danger-zone\""))))
                .startsWith("</div>\n\n  <section class=\"card danger-zone\"");
    }

    /** The ids of the page's sections in {@code html}, in their order. */
    private static List<String> ids(String html) {
        return Pattern.compile("<section class=\"card[^\"]*\" id=\"([a-z-]+)\"").matcher(html)
                .results().map(match -> match.group(1)).toList();
    }

    @Test
    void about_this_site_shows_the_plan_the_disk_used_of_allowed_and_the_primary_domain_with_visit_site() {
        String about = section(page(), "site", "limits");
        assertThat(about).contains("<dd id=\"site-plan\">Basic</dd>")
                .contains("12 MB of 100 MB used (12%)").contains("<progress value=\"12\" max=\"100\"")
                .contains("href=\"https://ann.sites.example\">ann.sites.example</a>")
                .as("café.example is primary but still checking DNS").contains("café.example")
                .contains("not active yet")
                .contains("id=\"visit-site\" href=\"https://ann.sites.example\">Visit Site</a>");
        assertThat(section(page(), "limits", "billing-address")).as("disk is told in About this site")
                .doesNotContain("data-limit=\"diskMb\"").contains("data-limit=\"posts\"");

        DOMAIN.answer("GET", "/api/domains/overview", Answer.json(200, ContractFixtures.json("domain/overview")
                .replace("\"stage\":\"checking-dns\",\n              \"primary\":true,\"secure\":false",
                        "\"stage\":\"done\",\"primary\":true,\"secure\":true")));
        assertThat(section(page(), "site", "limits")).doesNotContain("not active yet")
                .contains("id=\"visit-site\" href=\"https://xn--caf-dma.example\">Visit Site</a>");

        DOMAIN.answer("GET", "/api/domains/overview", Answer.json(500, "{}"));
        assertThat(section(page(), "site", "limits")).as("only the primary domain waits for domain-service")
                .contains("temporarily unavailable").contains("12 MB of 100 MB used (12%)")
                .contains("href=\"https://ann.sites.example\">Visit Site</a>");
    }

    @Test
    void each_domain_says_whether_it_is_primary_or_an_alias_secure_and_active() {
        String html = page();
        assertThat(flags(html, "xn--caf-dma.example")).containsExactly("primary", "not secure", "not active");
        assertThat(flags(html, "shop.example")).containsExactly("alias", "secure", "active");
    }

    /** The flags of a domain's row, in their order. */
    private static List<String> flags(String html, String domain) {
        String row = html.substring(html.indexOf("data-domain=\"" + domain + "\""));
        row = row.substring(0, row.indexOf("</li>"));
        return Pattern.compile("data-flag=\"[a-z]+\"[^>]*>([^<]+)<").matcher(row).results()
                .map(match -> match.group(1)).toList();
    }

    @Test
    void change_email_opens_a_dialog_sending_the_password_and_the_new_address_and_falls_back_to_a_plain_page() {
        String html = page();
        assertThat(section(html, "profile", "templates"))
                .contains("id=\"change-email\" href=\"/account/email\" data-opens=\"email-dialog\"");
        String dialog = html.substring(html.indexOf("<dialog id=\"email-dialog\""));
        assertThat(dialog.substring(0, dialog.indexOf("</dialog>")))
                .contains("data-api=\"POST\"").contains("data-path=\"/api/account/email\"")
                .contains("name=\"newEmail\" type=\"email\"").contains("name=\"password\" type=\"password\"")
                .contains("autocomplete=\"current-password\"");
    }

    @Test
    void the_page_offers_only_the_actions_allowed_now() {
        DOMAIN.answer("GET", "/api/domains/overview", Answer.json(200, "[{\"siteId\":\"" + SITE_ID
                + "\",\"domains\":[],\"entitlement\":" + ContractFixtures.json("domain/entitlement") + "}]"));
        String html = page();
        assertThat(html)
                .contains("data-opens=\"template-dialog\"").contains("data-opens=\"domain-dialog\"")
                .contains("/api/billing/invoices/i1/payment").contains("data-opens=\"delete-site-dialog\"")
                .contains("data-opens=\"password-dialog\"").contains("data-opens=\"delete-account-dialog\"")
                .contains("href=\"/account/membership\"")
                .contains("<script type=\"module\" src=\"/js/account.js\"></script>")
                .contains("href=\"/css/noscript.css\"");

        ArrayNode switchingOff = (ArrayNode) JSON.readTree(ContractFixtures.json("site/overview"));
        ((ObjectNode) switchingOff.get(0)).remove("templates");
        SITE.answer("GET", "/api/sites/overview", Answer.json(200, switchingOff.toString()));
        DOMAIN.answer("GET", "/api/domains/overview", Answer.json(200, "[{\"siteId\":\"" + SITE_ID
                + "\",\"domains\":[],\"entitlement\":{\"allowed\":false,"
                + "\"reason\":\"Your plan does not include custom domains\"}}]"));
        assertThat(page())
                .contains("Changing the site&#39;s template is not available")
                .contains("Custom domains are not available")
                .doesNotContain("data-opens=\"template-dialog\"").doesNotContain("data-opens=\"domain-dialog\"");
    }

    @Test
    void what_awaits_payment_is_shown_with_pay_now_and_discard_and_a_site_not_served_says_why() {
        MEMBERSHIP.answer("GET", "/api/memberships", fixture("membership/memberships-awaiting-payment"));
        SITE.answer("GET", "/api/sites/overview", fixture("site/overview-unserved"));
        String html = web.get().uri("/account")
                .cookie(TokenCookies.ACCESS, TestTokens.accessToken(UUID.randomUUID()))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        String pending = html.substring(html.indexOf("id=\"pending-change\""), html.indexOf("id=\"payment-failure\""));
        assertThat(pending).contains("Changing to Pro once its invoice ($35.00) is paid")
                .contains("data-path=\"/api/billing/invoices/9e9e9e9e-0000-0000-0000-000000000009/payment\"")
                .contains("data-path=\"/api/memberships/m1/pending-change\"").contains(">Discard change</button>");
        assertThat(html).contains("The last payment failed: the card was declined")
                .contains("The membership has expired; pay the open invoice or resubscribe to bring the site back.")
                .contains("CN-2026-000001").contains("/api/billing/credit-notes/c1/pdf")
                .contains("$7.50 refunded on INV-2026-000001").contains("Account credit: $5.00");
    }

    @Test
    void an_unconfirmed_address_or_a_pending_email_change_is_named_with_a_way_to_have_the_link_again() {
        assertThat(page()).doesNotContain("verify-email-notice").doesNotContain("pending-email-notice");

        IDENTITY.answer("GET", "/api/account/profile", Answer.json(200, "{\"name\":\"Ann\",\"email\":"
                + "\"ann@example.com\",\"emailVerified\":false,\"pendingEmail\":null}"));
        assertThat(page()).contains("id=\"verify-email-notice\"")
                .contains("open the link we sent to ann@example.com")
                .contains("name=\"path\" value=\"/api/account/email/verification/resend\"")
                .doesNotContain("pending-email-notice");

        IDENTITY.answer("GET", "/api/account/profile", Answer.json(200, "{\"name\":\"Ann\",\"email\":"
                + "\"ann@example.com\",\"emailVerified\":true,\"pendingEmail\":\"ann@new.example\"}"));
        String pending = page();
        assertThat(pending).contains("id=\"pending-email-notice\"")
                .contains("Your sign-in email changes to ann@new.example once you open the link we sent there.")
                .doesNotContain("verify-email-notice");
        assertThat(section(pending, "profile", "templates")).as("the profile names the address it waits on")
                .contains("ann@new.example (waiting for the link to be opened)");
        assertThat(pending.indexOf("data-block=\"email-notices\"")).as("a block the page re-reads after a change")
                .isLessThan(pending.indexOf("id=\"pending-email-notice\"")).isPositive();
    }

    @Test
    void the_change_membership_view_lists_the_plans_and_add_ons_with_the_current_ones_chosen() {
        // Current add-ons are keyed by product id, which no fixture can name for the service's own test.
        String options = ContractFixtures.json("membership/change-options")
                .replace("\"currentAddOns\":{}", "\"currentAddOns\":{\"a1\":2}");
        MEMBERSHIP.answer("GET", "/api/memberships/m1/change-options", Answer.json(200, options));
        String html = web.get().uri("/account/membership")
                .cookie(TokenCookies.ACCESS, TestTokens.accessToken(UUID.randomUUID()))
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("data-membership=\"m1\"")
                .containsPattern("value=\"p1\"\\s+checked")
                .contains("Pro").contains("$30.00 every month")
                .contains("Extra posts ($2.00 each)").contains("value=\"2\" data-product=\"a1\"")
                .as("the preview script's names for the limits").contains("data-limit=\"visitsPerMonth\">Visits this month<");
    }

    @Test
    void the_change_membership_view_says_so_when_memberships_cannot_be_read() {
        MEMBERSHIP.answer("GET", "/api/memberships", Answer.json(500, "{}"));
        web.get().uri("/account/membership")
                .cookie(TokenCookies.ACCESS, TestTokens.accessToken(UUID.randomUUID()))
                .exchange().expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("temporarily unavailable").doesNotContain("There is no membership to change")
                        .doesNotContain("id=\"change-form\""));
    }

    private String page() {
        return web.get().uri("/account")
                .cookie(TokenCookies.ACCESS, TestTokens.accessToken(UUID.randomUUID()))
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
