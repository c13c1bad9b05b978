package io.accountsuite.gateway.web;

import java.util.UUID;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.language.PageLanguage;
import io.accountsuite.gateway.security.TokenCookies;
import io.accountsuite.testkit.ContractFixtures;
import io.accountsuite.testkit.StubBackend.Answer;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static io.accountsuite.gateway.GatewayTestBackends.IDENTITY;
import static io.accountsuite.gateway.GatewayTestBackends.MEMBERSHIP;
import static io.accountsuite.gateway.GatewayTestBackends.SITE;
import static io.accountsuite.gateway.web.AccountFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account page, its dialogs, the change-membership view and the pages without JavaScript in French
 * ({@code Accept-Language: fr}): French words, money and dates in the French way, every key found (no {@code ??}),
 * and the language row of the profile that switches with a plain form. No-break spaces are read as spaces.
 */
@GatewayTest
class AccountPageInFrenchIT {

    /** The profile of a customer whose saved language is French. */
    private static final String SAVED_FRENCH = ContractFixtures.json("identity/profile")
            .replace("\"language\":\"en\"", "\"language\":\"fr\"");

    @Autowired WebTestClient web;
    private final String token = TestTokens.accessToken(UUID.randomUUID());

    @BeforeEach
    void answers() {
        AccountFixtures.answerEveryBlock();
        IDENTITY.answer("GET", "/api/account/profile", Answer.json(200, SAVED_FRENCH));
    }

    @Test
    void the_page_and_its_dialogs_speak_french_with_french_money_and_dates() {
        String html = page("/account", "fr");
        assertThat(html).contains("<html lang=\"fr\"").doesNotContain("??")
                .contains(">Votre abonnement<").contains(">À propos de ce site<").contains(">Limites du site<")
                .contains(">Adresse de facturation<").contains(">Factures<").contains(">Zone de danger<")
                .contains(">Payer maintenant</button>").contains(">Rendre principal</button>")
                .contains(">Supprimer le compte</button>").contains(">Voir le site</a>")
                .as("money").contains("14,00 $US").contains("10,00 $US tous les mois")
                .contains("7,50 $US remboursés sur INV-2026-000001")
                .as("dates").contains("Passage au forfait Pro le 1 juil. 2027.").contains("26 nov. 2026")
                .as("API words through keys").contains(">actif<").contains(">en attente<")
                .contains(">vérification DNS<").contains(">principal<").contains(">non sécurisé<")
                .contains("1 / jusqu’à résiliation").contains("12 Mo utilisés sur 100 Mo (12 %)")
                .as("dialogs").contains(">Pourquoi partez-vous ?<").contains(">Code postal<")
                .contains(">Nouveau mot de passe (au moins 12 caractères)<").contains(">Veuillez confirmer<")
                .as("the script's words").contains("Changement en cours… {0} %")
                .doesNotContain(">Your membership<").doesNotContain("USD");
    }

    @Test
    void what_awaits_the_customer_is_told_in_french() {
        MEMBERSHIP.answer("GET", "/api/memberships", Answer.json(200,
                ContractFixtures.json("membership/memberships-awaiting-payment").replace("\"paymentFailure\"",
                        "\"trialEndsOn\":\"2027-01-15\",\"blockedChange\":{\"planName\":\"Basic\","
                                + "\"on\":\"2027-01-01\",\"blocking\":[{\"limit\":\"posts\",\"usage\":15,"
                                + "\"allowed\":10,\"remove\":5}]},\"paymentFailure\"")));
        SITE.answer("GET", "/api/sites/overview", fixture("site/overview-unserved"));
        assertThat(page("/account", "fr")).doesNotContain("??")
                .contains("Passage au forfait Pro dès que sa facture (35,00 $US) est payée. Sans paiement, le "
                        + "changement expire le 2 juin 2027")
                .contains("value=\"Payer 35,00 $US maintenant pour passer au forfait Pro ?\"")
                .contains("Votre essai se termine le 15 janv. 2027.")
                .contains("Votre passage au forfait Basic n’a pas pu avoir lieu le 1 janv. 2027 : 5 Articles "
                        + "au-delà")
                .contains("L’abonnement a expiré ; payez la facture en attente ou réabonnez-vous");
    }

    @Test
    void the_profile_names_the_saved_language_and_switches_it_with_a_plain_form() {
        String french = section(page("/account", "fr"), "profile", "templates");
        assertThat(french).contains(">Langue<").contains("<span lang=\"fr\">Français</span>")
                .contains("action=\"/account/language\"").contains("name=\"_csrf\"")
                .contains("name=\"language\" value=\"en\"").contains("lang=\"en\">English</button>");
    }

    @Test
    void a_browser_in_another_language_is_brought_to_the_saved_one_unless_the_address_picks_one() {
        var result = web.get().uri("/account?saved=address").cookie(TokenCookies.ACCESS, token)
                .cookie(PageLanguage.COOKIE, "en").header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                .expectStatus().isSeeOther().expectHeader().location("/account?saved=address")
                .expectBody().returnResult();
        assertThat(result.getResponseHeaders().get(HttpHeaders.SET_COOKIE))
                .anySatisfy(cookie -> assertThat(cookie).startsWith(PageLanguage.COOKIE + "=fr"));

        assertThat(page("/account?lang=en", "fr")).as("?lang= shows this view in English")
                .contains("<html lang=\"en\"");
    }

    @Test
    void the_change_membership_view_and_the_plain_forms_speak_french() {
        MEMBERSHIP.answer("GET", "/api/memberships/m1/change-options", fixture("membership/change-options"));
        assertThat(page("/account/membership", "fr")).contains("<html lang=\"fr\"").doesNotContain("??")
                .contains(">Changer d’abonnement<").contains("30,00 $US tous les mois")
                .contains("Extra posts (2,00 $US l’unité)").contains(">Articles<")
                .contains(">Confirmer le changement<");
        assertThat(page("/account/password", "fr")).contains("<html lang=\"fr\"").doesNotContain("??")
                .contains("<title>Changer de mot de passe · Votre compte</title>")
                .contains(">Mot de passe actuel<").contains(">← Retour à votre compte<");

        var form = new LinkedMultiValueMap<String, String>();
        form.add("method", "POST");
        form.add("path", "/api/billing/invoices/" + UUID.randomUUID() + "/payment");
        form.add("confirm", "Payer INV-2026-000001 maintenant ?");
        form.add("_csrf", "t1");
        String confirm = web.post().uri("/account/actions").cookie(TokenCookies.ACCESS, token)
                .cookie("XSRF-TOKEN", "t1").header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(confirm).contains("<html lang=\"fr\"").doesNotContain("??").contains(">Veuillez confirmer<")
                .contains(">Confirmer</button>").contains(">Annuler</a>");
    }

    private String page(String path, String language) {
        return web.get().uri(path).cookie(TokenCookies.ACCESS, token).header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()
                .replace('\u00a0', ' ').replace('\u202f', ' '); // French money and numbers: no-break spaces
    }

    private static String section(String html, String id, String nextId) {
        return html.substring(html.indexOf("id=\"" + id + "\""), html.indexOf("id=\"" + nextId + "\""));
    }
}
