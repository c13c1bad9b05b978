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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The network admin's invoice list and summary, and the audit of their changes (issue 20's admin API). */
@ServiceTest
class AdminInvoicesIT {

    private static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0000-00000000ad01");

    @Autowired WebTestClient web;
    @Autowired InvoiceIssuer issuer;
    @Autowired TransactionalOperator tx;

    final UUID ann = UUID.randomUUID();
    final UUID bob = UUID.randomUUID();
    Invoice pending;
    Invoice refundedInPart;
    Invoice failed;

    /** Ann: one invoice pending, one paid and refunded in part; Bob: one whose payment failed (issued in turn). */
    @BeforeEach
    void invoices() {
        pending = issue(ann, "10.00");
        refundedInPart = issue(ann, "50.00");
        failed = issue(bob, "20.00");
        as(ADMIN, "admin").post().uri("/api/admin/invoices/" + refundedInPart.id() + "/paid").exchange()
                .expectStatus().isOk();
        as(ADMIN, "admin").post().uri("/api/admin/invoices/" + refundedInPart.id() + "/refunds")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("amount", "4.00", "reason", "Goodwill"))
                .exchange().expectStatus().isCreated();
        as(bob).post().uri("/api/billing/invoices/" + failed.id() + "/payment").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("card", "4000 0000 0000 0002")).exchange().expectStatus().isEqualTo(402);
    }

    @Test
    void the_list_shows_every_customers_invoices_newest_first_with_what_can_be_refunded_or_marked_paid() {
        admin("/api/admin/invoices").expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(3)
                .jsonPath("$[*].number").isEqualTo(List.of(failed.number(), refundedInPart.number(), pending.number()))
                .jsonPath("$[1].id").isEqualTo(refundedInPart.id().toString())
                .jsonPath("$[1].customerId").isEqualTo(ann.toString())
                .jsonPath("$[1].membershipId").isEqualTo(refundedInPart.membershipId().toString())
                .jsonPath("$[1].issuedAt").isNotEmpty()
                .jsonPath("$[1].status").isEqualTo("partially-refunded")
                .jsonPath("$[1].total").isEqualTo(Map.of("amount", "50.00", "currency", "USD"))
                .jsonPath("$[1].refunded").isEqualTo(Map.of("amount", "4.00", "currency", "USD"))
                .jsonPath("$[1].refundable").isEqualTo(Map.of("amount", "46.00", "currency", "USD"))
                .jsonPath("$[1].manual").isEqualTo(false)
                .jsonPath("$[0].status").isEqualTo("failed")
                .jsonPath("$[0].manual").isEqualTo(true)
                .jsonPath("$[0].refundable.amount").isEqualTo("0.00")
                .jsonPath("$[2].status").isEqualTo("pending")
                .jsonPath("$[2].manual").isEqualTo(true);
    }

    @Test
    void the_list_filters_by_status_and_customer_and_holds_at_most_the_limit() {
        admin("/api/admin/invoices?status=partially-refunded").expectBody().jsonPath("$[*].number")
                .isEqualTo(List.of(refundedInPart.number()));
        admin("/api/admin/invoices?customerId=" + bob).expectBody().jsonPath("$[*].number")
                .isEqualTo(List.of(failed.number()));
        admin("/api/admin/invoices?status=pending&customerId=" + ann).expectBody().jsonPath("$[*].number")
                .isEqualTo(List.of(pending.number()));
        admin("/api/admin/invoices?status=completed").expectBody().jsonPath("$.length()").isEqualTo(0);
        admin("/api/admin/invoices?limit=2").expectBody().jsonPath("$[*].number")
                .isEqualTo(List.of(failed.number(), refundedInPart.number()));
        admin("/api/admin/invoices?status=&customerId=&limit=").expectBody().jsonPath("$.length()").isEqualTo(3);
    }

    @Test
    void the_summary_counts_every_status_and_the_failed_payments() {
        admin("/api/admin/invoices/summary").expectStatus().isOk().expectBody()
                .jsonPath("$.counts").isEqualTo(Map.of("pending", 1, "completed", 0, "refunded", 0,
                        "partially-refunded", 1, "failed", 1, "cancelled", 0))
                .jsonPath("$.failedPayments").isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"status=bogus,status", "limit=0,limit", "limit=501,limit", "limit=ten,limit",
            "customerId=ann,customerId"})
    void a_bad_query_value_is_a_400_problem_naming_it(String query, String parameter) {
        admin("/api/admin/invoices?" + query).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "validation-failed")
                .jsonPath("$.errors[0].field").isEqualTo(parameter);
    }

    @Test
    void a_customer_gets_403_and_marking_an_unknown_invoice_paid_is_404() {
        for (String path : List.of("/api/admin/invoices", "/api/admin/invoices/summary")) {
            as(ann).get().uri(path).exchange().expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        as(ADMIN, "admin").post().uri("/api/admin/invoices/" + UUID.randomUUID() + "/paid").exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "not-found");
    }

    @Test
    void marking_paid_and_refunding_are_audited_with_the_invoices_status_and_refunded_amount_before_and_after() {
        as(ADMIN, "admin").post().uri("/api/admin/invoices/" + refundedInPart.id() + "/refunds")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("amount", "99.00", "reason", "Too much"))
                .exchange().expectStatus().isEqualTo(409);

        String invoice = "invoice " + refundedInPart.number();
        admin("/api/admin/audit?customerId=" + ann).expectStatus().isOk().expectBody()
                .jsonPath("$[*].action").isEqualTo(List.of("invoice-refunded", "invoice-marked-paid"))
                .jsonPath("$[*].actor").isEqualTo(List.of(ADMIN.toString(), ADMIN.toString()))
                .jsonPath("$[*].customerId").isEqualTo(List.of(ann.toString(), ann.toString()))
                .jsonPath("$[*].subject").isEqualTo(List.of(invoice, invoice))
                .jsonPath("$[1].before").isEqualTo(state("pending", "0.00"))
                .jsonPath("$[1].after").isEqualTo(state("completed", "0.00"))
                .jsonPath("$[0].before").isEqualTo(state("completed", "0.00"))
                .jsonPath("$[0].after.status").isEqualTo("partially-refunded")
                .jsonPath("$[0].after.refunded.amount").isEqualTo("4.00")
                .jsonPath("$[0].after.refund.amount").isEqualTo("4.00")
                .jsonPath("$[0].after.reason").isNotEmpty()
                .jsonPath("$[0].after.creditNote").value(n -> assertThat((String) n).startsWith("CN-"));
        admin("/api/admin/audit?customerId=" + bob).expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    private static Map<String, Object> state(String status, String refunded) {
        return Map.of("status", status, "refunded", Map.of("amount", refunded, "currency", "USD"));
    }

    private Invoice issue(UUID customer, String amount) {
        ChargeLine line = new ChargeLine("product", "Basic", null, 1, new Amount(amount, "USD"));
        return tx.transactional(issuer.issue(UUID.randomUUID(), customer, UUID.randomUUID(), UUID.randomUUID(),
                new Charge("initial", List.of(line), new Amount(amount, "USD")))).block();
    }

    private WebTestClient.ResponseSpec admin(String path) {
        return as(ADMIN, "admin").get().uri(path).exchange();
    }

    private WebTestClient as(UUID caller, String... roles) {
        return web.mutate().defaultHeaders(h -> h.setBearerAuth(TestTokens.accessToken(caller, roles))).build();
    }
}

