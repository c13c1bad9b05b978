package io.accountsuite.gateway.admin;

import java.util.Map;

import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.gateway.GatewayTestBackends;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.testkit.StubBackend.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.accountsuite.gateway.GatewayTestBackends.BILLING;
import static io.accountsuite.gateway.admin.AdminPages.CUSTOMER_ID;
import static io.accountsuite.gateway.admin.AdminPages.only;
import static io.accountsuite.gateway.admin.AdminPages.page;
import static io.accountsuite.gateway.admin.AdminPages.post;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin's invoices (issue 20): the list, mark paid, refunds with their refusals, credit notes. */
@GatewayTest
class AdminInvoicesPageIT {

    static final String PAID = "1a000000-0000-0000-0000-000000000001";
    static final String MANUAL = "1a000000-0000-0000-0000-000000000002";
    static final String INVOICES = "[" + invoice(PAID, "INV-2026-000001", "completed", "14.00", "0.00", "14.00", false)
            + "," + invoice(MANUAL, "INV-2026-000002", "pending", "20.00", "0.00", "0.00", true) + "]";

    @Autowired WebTestClient web;
    @Autowired Backends backends;

    @BeforeEach
    void invoices() {
        GatewayTestBackends.resetAll();
        backends.resetBreakers();
        BILLING.answer("GET", "/api/admin/invoices", Answer.json(200, INVOICES));
    }

    @Test
    void the_list_shows_each_invoice_with_the_actions_it_allows() {
        String html = page(web, "/admin/invoices?status=completed", 200);

        String paid = row(html, PAID);
        assertThat(paid).contains("INV-2026-000001").contains("$14.00").contains(">Refund</summary>")
                .contains("name=\"amount\"").contains("value=\"14.00\"")
                .contains("name=\"status\" value=\"completed\"").doesNotContain("Mark paid")
                .contains("href=\"/admin/invoices/" + PAID + "/credit-notes\"");
        assertThat(row(html, MANUAL)).contains("Mark paid").doesNotContain(">Refund</summary>");
        assertThat(html).contains("<option value=\"completed\" selected=\"selected\">completed</option>")
                .contains("class=\"scroll\"");
    }

    @Test
    void a_filter_the_api_does_not_know_is_400_without_asking_billing() {
        assertThat(page(web, "/admin/invoices?status=bogus", 400)).contains("There is no invoice status “bogus”.");
        page(web, "/admin/invoices?customerId=nope", 400);
        assertThat(BILLING.requests()).isEmpty();
    }

    @Test
    void marking_paid_asks_billing_and_returns_to_the_same_list() {
        BILLING.answer("POST", "/api/admin/invoices/" + MANUAL + "/paid", Answer.json(200, "{}"));

        post(web, "/admin/invoices/" + MANUAL + "/paid", Map.of("status", "pending", "customerId", CUSTOMER_ID))
                .expectStatus().isSeeOther()
                .expectHeader().location("/admin/invoices?status=pending&customerId=" + CUSTOMER_ID + "&paid");
        assertThat(only(BILLING, "POST", "/api/admin/invoices/" + MANUAL + "/paid").body()).isEmpty();
    }

    @Test
    void a_partial_refund_sends_the_amount_and_reason_and_leads_to_the_credit_notes() {
        BILLING.answer("POST", "/api/admin/invoices/" + PAID + "/refunds", Answer.json(201, "{}"));

        post(web, "/admin/invoices/" + PAID + "/refunds", Map.of("amount", " 7.00 ", "reason", "Half the month"))
                .expectStatus().isSeeOther().expectHeader().location("/admin/invoices/" + PAID + "/credit-notes?refunded");

        assertThat(only(BILLING, "POST", "/api/admin/invoices/" + PAID + "/refunds").body())
                .isEqualTo("{\"amount\":\"7.00\",\"reason\":\"Half the month\"}");
    }

    @Test
    void a_refused_refund_is_shown_in_its_row_with_what_was_typed() {
        BILLING.answer("POST", "/api/admin/invoices/" + PAID + "/refunds", AdminPages.problem(409,
                "refund-exceeds-payment", "At most 14.00 USD can be refunded", ""));

        String html = post(web, "/admin/invoices/" + PAID + "/refunds", Map.of("amount", "20.00", "reason", "Oops"))
                .expectStatus().isEqualTo(409).expectBody(String.class).returnResult().getResponseBody();

        assertThat(row(html, PAID)).contains("At most 14.00 USD can be refunded").contains("<details open")
                .contains("value=\"20.00\"").contains("value=\"Oops\"");
        assertThat(row(html, MANUAL)).doesNotContain("At most");

        BILLING.answer("POST", "/api/admin/invoices/" + PAID + "/refunds", AdminPages.problem(400,
                "validation-failed", "Invalid", "{\"field\":\"reason\",\"message\":\"must not be blank\"}"));
        html = post(web, "/admin/invoices/" + PAID + "/refunds", Map.of("amount", "1.00", "reason", ""))
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        assertThat(row(html, PAID)).contains("must not be blank").contains("aria-invalid=\"true\"");
    }

    @Test
    void the_credit_notes_page_lists_the_invoices_notes_and_billing_down_is_503() {
        BILLING.answer("GET", "/api/admin/invoices/" + PAID + "/credit-notes", Answer.json(200, "[{\"id\":\"n1\","
                + "\"number\":\"CN-2026-000001\",\"invoiceId\":\"" + PAID + "\",\"invoiceNumber\":\"INV-2026-000001\","
                + "\"issuedAt\":\"2026-11-30T10:00:00Z\",\"amount\":{\"amount\":\"7.00\",\"currency\":\"USD\"},"
                + "\"reason\":\"Half the month\"}]"));
        assertThat(page(web, "/admin/invoices/" + PAID + "/credit-notes?refunded", 200))
                .contains("CN-2026-000001").contains("$7.00").contains("Half the month")
                .contains("The refund is recorded");
        page(web, "/admin/invoices/" + MANUAL + "/credit-notes", 404);

        BILLING.answer("GET", "/api/admin/invoices", AdminPages.down());
        assertThat(page(web, "/admin/invoices", 503)).contains("Invoices are temporarily unavailable.");
    }

    static String invoice(String id, String number, String status, String total, String refunded,
                          String refundable, boolean manual) {
        return "{\"id\":\"" + id + "\",\"number\":\"" + number + "\",\"customerId\":\"" + CUSTOMER_ID
                + "\",\"membershipId\":null,\"issuedAt\":\"2026-11-01T09:31:00Z\",\"status\":\"" + status
                + "\",\"total\":" + money(total) + ",\"refunded\":" + money(refunded) + ",\"refundable\":"
                + money(refundable) + ",\"manual\":" + manual + "}";
    }

    private static String money(String amount) {
        return "{\"amount\":\"" + amount + "\",\"currency\":\"USD\"}";
    }

    private static String row(String html, String id) {
        String from = html.substring(html.indexOf("id=\"invoice-" + id + "\""));
        return from.substring(0, from.indexOf("</tr>"));
    }
}
