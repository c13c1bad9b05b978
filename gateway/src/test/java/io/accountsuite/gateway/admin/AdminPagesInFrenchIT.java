package io.accountsuite.gateway.admin;

import java.util.Map;
import java.util.UUID;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.GatewayTestBackends;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.gateway.security.TokenCookies;
import io.accountsuite.testkit.StubBackend;
import io.accountsuite.testkit.StubBackend.Answer;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static io.accountsuite.gateway.GatewayTestBackends.BILLING;
import static io.accountsuite.gateway.GatewayTestBackends.DOMAIN;
import static io.accountsuite.gateway.GatewayTestBackends.IDENTITY;
import static io.accountsuite.gateway.GatewayTestBackends.MEMBERSHIP;
import static io.accountsuite.gateway.GatewayTestBackends.NOTIFICATION;
import static io.accountsuite.gateway.GatewayTestBackends.SITE;
import static io.accountsuite.gateway.admin.AdminPages.CUSTOMER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin pages in French (issue 21): a browser asking for French ({@code Accept-Language: fr}) reads every
 * heading, button and status word from the French bundle, money as {@code 14,00 $US} and dates as {@code 30 nov.
 * 2026}, and never Thymeleaf's {@code ??key??} of a missing entry; the 403 page a customer gets is French too.
 * (Overview, products, a product's editor, coupons, a new template, customers, a customer, invoices, domains,
 * settings.)
 */
@GatewayTest
class AdminPagesInFrenchIT {

    /** French money: the amount, a no-break space, the currency. */
    private static final String NBSP = "\u00a0";

    @Autowired WebTestClient web;
    @Autowired Backends backends;

    @BeforeEach
    void services() {
        GatewayTestBackends.resetAll();
        backends.resetBreakers();
        MEMBERSHIP.answer("GET", "/api/admin/memberships/summary", Answer.json(200, "{\"counts\":{\"active\":3,"
                + "\"trialing\":1,\"on-hold\":0,\"pending\":2},\"monthlyRecurringRevenue\":[{\"amount\":\"30.00\","
                + "\"currency\":\"USD\"}]}"));
        BILLING.answer("GET", "/api/admin/invoices/summary", Answer.json(200, "{\"failedPayments\":2}"));
        DOMAIN.answer("GET", "/api/admin/domains/summary", Answer.json(200, "{\"inTrouble\":1}"));
        MEMBERSHIP.answer("GET", "/api/admin/products", Answer.json(200, "[" + ProductPagesIT.basic(true, 3) + "]"));
        MEMBERSHIP.answer("GET", ProductPagesIT.PATH, Answer.json(200, ProductPagesIT.basic(false, 2)));
        IDENTITY.answer("GET", "/api/admin/customers", Answer.json(200, "[" + AdminCustomersPageIT.ANN + "]"));
        IDENTITY.answer("GET", "/api/admin/customers/" + CUSTOMER_ID, Answer.json(200, AdminCustomersPageIT.ANN));
        MEMBERSHIP.answer("GET", "/api/admin/memberships", Answer.json(200, "[{\"id\":\"m1\",\"customerId\":\""
                + CUSTOMER_ID + "\",\"reference\":\"ABCDE12345\",\"status\":\"on-hold\",\"planName\":\"Basic\","
                + "\"total\":{\"amount\":\"14.00\",\"currency\":\"USD\"},"
                + "\"period\":{\"duration\":3,\"unit\":\"month\"},"
                + "\"expiresOn\":\"2027-01-01\",\"createdAt\":\"2026-11-01T09:31:00Z\"}]"));
        SITE.answer("GET", "/api/admin/sites", Answer.json(200, "[]"));
        BILLING.answer("GET", "/api/admin/invoices", Answer.json(200, AdminInvoicesPageIT.INVOICES));
        DOMAIN.answer("GET", "/api/admin/domains", Answer.json(200, AdminDomainsPageIT.DOMAINS));
        for (StubBackend stub : new StubBackend[] {IDENTITY, MEMBERSHIP, SITE, DOMAIN, NOTIFICATION}) {
            stub.answer("GET", "/api/admin/audit", Answer.json(200, "[]"));
        }
        BILLING.answer("GET", "/api/admin/audit", Answer.json(200, "[{\"id\":17,\"at\":\"2026-11-30T10:00:00Z\","
                + "\"actor\":\"" + AdminPages.ADMIN_ID + "\",\"action\":\"invoice-refunded\",\"customerId\":\""
                + CUSTOMER_ID + "\",\"subject\":\"invoice INV-2026-000001\",\"before\":null,\"after\":null}]"));
        SITE.answer("GET", "/api/admin/settings/sites", Answer.json(200, "{\"allowTemplateSwitching\":false}"));
        DOMAIN.answer("GET", "/api/admin/settings/domains", Answer.json(200, "{\"domainMappingEnabled\":true,"
                + "\"addDomainInstructions\":\"Pointez un CNAME vers %NETWORK_DOMAIN%.\",\"networkDomain\":"
                + "\"sites.example\",\"networkIp\":\"203.0.113.10\"}"));
        NOTIFICATION.answer("GET", "/api/admin/settings/notifications", Answer.json(200,
                "{\"senderName\":\"Sites\",\"senderAddress\":\"hello@sites.example\"}"));
    }

    @Test
    void the_overview_and_the_products_speak_french_with_french_money() {
        assertThat(french("/admin/overview", 200)).contains("lang=\"fr\"").contains(">Vue d’ensemble</h1>")
                .contains("Revenu mensuel récurrent").contains("Paiements échoués").contains("30,00" + NBSP + "$US")
                .contains("<dt>Suspendu</dt>").contains("Administrateur du réseau").contains("Se déconnecter");
        assertThat(french("/admin/products", 200)).contains(">Produits</h1>").contains("Nouveau forfait")
                .contains("<th scope=\"col\">Abonnés</th>").contains("<td>forfait</td>")
                .contains("10,00" + NBSP + "$US tous les mois").contains("<td>Oui</td>");
    }

    @Test
    void a_products_editor_says_its_fields_and_how_many_members_keep_it_in_french() {
        assertThat(french("/admin/products/" + ProductPagesIT.ID, 200)).contains("Basic · Produits · Administration")
                .contains(">Un forfait</p>").contains(">Général</a>").contains("Période de facturation")
                .contains("<option value=\"month\" selected=\"selected\">mois</option>")
                .contains("2 abonnés détiennent encore ce forfait ; ils le gardent, il n’est plus vendu.")
                .contains(">Enregistrer</button>").contains(">Annuler</a>");
    }

    @Test
    void the_coupons_and_a_new_site_template_speak_french() {
        MEMBERSHIP.answer("GET", "/api/admin/coupons", Answer.json(200, CouponPagesIT.COUPONS));
        assertThat(french("/admin/coupons", 200)).contains(">Codes promo</h1>").contains("<td>10 %</td>")
                .contains("<td>5,00" + NBSP + "$US</td>").contains("<td>Répété, 3 cycles</td>")
                .contains("<td>1 oct. 2026</td>").contains(">Créer le code promo</button>")
                .contains("aria-label=\"Désactiver WELCOME10\"");
        assertThat(french("/admin/templates/new", 200)).contains(">Nouveau modèle de site</h1>")
                .contains("<legend>Nouvel article</legend>").contains("<legend>Nouveau fichier</legend>")
                .contains(">Créer le modèle</button>");
    }

    @Test
    void the_customers_pages_speak_french_with_french_dates_statuses_and_audit_words() {
        assertThat(french("/admin/customers?q=ann", 200)).contains(">Clients</h1>").contains(">Rechercher</button>")
                .contains("1 nov. 2026, 09:30:00 UTC").contains(">client</td>");
        assertThat(french("/admin/customers/" + CUSTOMER_ID, 200)).contains(">Journal d’audit</h2>")
                .contains(">Nommer administrateur</button>").contains(">Suspendu</span>")
                .contains("14,00" + NBSP + "$US").contains("tous les 3 mois").contains("1 janv. 2027")
                .contains(">Facture remboursée</strong>").contains(">facturation</span>")
                .contains("30 nov. 2026, 10:00:00 UTC").contains(">payée</span>").contains(">échec</span>");
        DOMAIN.answer("GET", "/api/admin/audit", AdminPages.down());
        assertThat(french("/admin/customers/" + CUSTOMER_ID, 200))
                .contains("Les entrées de domaines sont temporairement indisponibles.");
    }

    @Test
    void the_invoices_domains_and_settings_pages_speak_french() {
        assertThat(french("/admin/invoices", 200)).contains(">Factures</h1>").contains(">Marquer comme payée</button>")
                .contains(">Rembourser</summary>").contains("14,00" + NBSP + "$US")
                .contains(">Tous les statuts</option>")
                .contains(">remboursée en partie</option>");
        assertThat(french("/admin/domains", 200)).contains(">Domaines</h1>").contains(">Vérifier à nouveau</button>")
                .contains("aria-label=\"Vérifier à nouveau café.example\"").contains("30 nov. 2026, 08:15:00 UTC")
                .contains(">Seulement les domaines en difficulté</span>");
        assertThat(french("/admin/settings", 200)).contains(">Réglages du réseau</h1>")
                .contains(">Autoriser le changement de modèle</span>").contains(">Enregistrer les réglages</button>")
                .contains("name=\"page-messages\"");
        assertThat(french("/admin/invoices?status=nope", 400))
                .contains("Il n’existe pas de statut de facture « nope ».");
        assertThat(french("/admin/products/new?type=nope", 404)).contains("Ce type de produit n’existe pas.");
    }

    @Test
    void a_customer_who_opens_an_admin_page_in_french_reads_the_403_page_in_french() {
        String customer = TestTokens.accessToken(UUID.randomUUID());
        String html = web.get().uri("/admin/overview").cookie(TokenCookies.ACCESS, customer)
                .accept(MediaType.TEXT_HTML).header(HttpHeaders.ACCEPT_LANGUAGE, "fr").exchange()
                .expectStatus().isForbidden().expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("lang=\"fr\"").contains("Cette page est réservée aux administrateurs du réseau")
                .contains("href=\"/account\"");
    }

    @Test
    void a_refused_admin_form_says_so_in_french_beside_the_service_s_own_words() {
        MEMBERSHIP.answer("GET", "/api/admin/coupons", Answer.json(200, CouponPagesIT.COUPONS));
        MEMBERSHIP.answer("POST", "/api/admin/coupons", new Answer(400, "{\"status\":400,\"detail\":\"Certains "
                + "champs sont invalides\",\"errors\":[{\"field\":\"cycles\",\"message\":\"est obligatoire\"}]}",
                Map.of("Content-Type", "application/problem+json")));
        var form = BodyInserters.fromFormData("_csrf", "csrf-token-value");
        Map.of("code", "SPRING", "kind", "percent", "value", "10", "duration", "repeating", "cycles", "")
                .forEach(form::with);
        String html = web.post().uri("/admin/coupons").cookie(TokenCookies.ACCESS, AdminPages.ADMIN)
                .cookie("XSRF-TOKEN", "csrf-token-value").header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).exchange()
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("Veuillez corriger les champs ci-dessous.").contains(">est obligatoire<")
                .doesNotContain("Please correct");
    }

    /** The page at {@code path} as an admin's browser asking for French reads it; never a missing key. */
    private String french(String path, int status) {
        String html = web.get().uri(path).cookie(TokenCookies.ACCESS, AdminPages.ADMIN).accept(MediaType.TEXT_HTML)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr").exchange().expectStatus().isEqualTo(status)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).as(path).doesNotContain("??").doesNotContain("Network admin");
        return html;
    }
}
