package io.accountsuite.billing.invoice;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.contracts.membership.MembershipEvents.Amount;
import io.accountsuite.contracts.membership.MembershipEvents.Charge;
import io.accountsuite.contracts.membership.MembershipEvents.ChargeLine;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/** The account page's billing refusals in the caller's language (the gateway forwards it as Accept-Language). */
@ServiceTest
class ProblemLanguagesIT {

    @Autowired WebTestClient web;
    @Autowired InvoiceIssuer issuer;
    @Autowired TransactionalOperator tx;

    final UUID ann = UUID.randomUUID();

    @Test
    void an_invalid_address_is_explained_field_by_field_in_french() {
        send(HttpMethod.PUT, "/api/billing/address", "fr", Map.of("line1", "1 rue de la Farine", "city", "Lyon",
                "postalCode", "6900", "country", "FR")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(ProblemType.BASE + "validation-failed")
                .jsonPath("$.title").isEqualTo("Certains champs de la requête sont invalides")
                .jsonPath("$.detail").isEqualTo("L’adresse contient des champs invalides ; voir errors")
                .jsonPath("$.errors[?(@.field == 'email')].message").isEqualTo(List.of("est obligatoire"))
                .jsonPath("$.errors[?(@.field == 'postalCode')].message")
                .isEqualTo(List.of("n’est pas un code postal valide pour FR"));
        send(HttpMethod.PUT, "/api/billing/address", "en", Map.of("line1", "1 Flour Street", "city", "Lyon",
                "postalCode", "6900", "country", "FR")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.detail").isEqualTo("The address has invalid fields; see errors")
                .jsonPath("$.errors[?(@.field == 'postalCode')].message")
                .isEqualTo(List.of("is not a valid postal code for FR"));
    }

    @Test
    void a_declined_card_and_a_paid_invoice_are_refused_in_french() {
        Invoice invoice = tx.transactional(issuer.issue(UUID.randomUUID(), ann, UUID.randomUUID(), UUID.randomUUID(),
                new Charge("initial", List.of(new ChargeLine("product", "Basic", null, 1, new Amount("10.00", "USD"))),
                        new Amount("10.00", "USD")))).block();
        String pay = "/api/billing/invoices/" + invoice.id() + "/payment";

        send(HttpMethod.POST, pay, "fr", Map.of("card", "4000 0000 0000 0002")).expectStatus().isEqualTo(402)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "payment-failed")
                .jsonPath("$.title").isEqualTo("Le paiement a échoué")
                .jsonPath("$.detail").isEqualTo("Le paiement a échoué : la carte a été refusée");
        send(HttpMethod.POST, pay, "fr", Map.of("card", "4242424242424242")).expectStatus().isOk();
        send(HttpMethod.POST, pay, "fr", Map.of()).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo(ProblemType.BASE + "not-payable")
                .jsonPath("$.detail").isEqualTo("La facture " + invoice.number() + " est réglée");
        send(HttpMethod.POST, pay, null, Map.of()).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.title").isEqualTo("This invoice is not payable")
                .jsonPath("$.detail").isEqualTo("Invoice " + invoice.number() + " is completed");
    }

    private WebTestClient.ResponseSpec send(HttpMethod method, String path, String language, Object body) {
        return web.method(method).uri(path).headers(h -> {
            h.setBearerAuth(TestTokens.accessToken(ann));
            if (language != null) {
                h.set(HttpHeaders.ACCEPT_LANGUAGE, language);
            }
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
