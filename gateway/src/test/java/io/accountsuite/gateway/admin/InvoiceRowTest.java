package io.accountsuite.gateway.admin;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvoiceRowTest {

    @Test
    void only_a_manual_payment_still_pending_can_be_marked_paid() {
        assertThat(row("pending", true, "0.00").payable()).isTrue();
        assertThat(row("pending", false, "0.00").payable()).isFalse();
        assertThat(row("failed", true, "0.00").payable()).isFalse();
    }

    @Test
    void a_refund_is_offered_while_something_paid_is_not_yet_refunded_and_defaults_to_all_of_it() {
        InvoiceRow partly = row("partially-refunded", false, "7.00");
        assertThat(partly.refundable()).isTrue();
        assertThat(partly.refundableAmount()).isEqualTo("7.00");
        assertThat(row("refunded", false, "0.00").refundable()).isFalse();
        assertThat(row("completed", false, "not a number").refundable()).isFalse();
        assertThat(InvoiceRow.of(Map.of("status", "completed")).refundable()).isFalse();
    }

    private static InvoiceRow row(String status, boolean manual, String refundable) {
        return InvoiceRow.of(Map.of("status", status, "manual", manual, "refundable",
                Map.of("amount", refundable, "currency", "USD")));
    }
}
