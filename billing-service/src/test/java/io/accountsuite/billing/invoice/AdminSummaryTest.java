package io.accountsuite.billing.invoice;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdminSummaryTest {

    @Test
    void every_status_is_counted_zero_where_none_in_the_enums_order_and_failed_ones_are_the_failed_payments() {
        InvoiceViews.AdminSummary summary = InvoiceViews.AdminSummary.of(Map.of(Invoice.Status.FAILED, 2L,
                Invoice.Status.COMPLETED, 9L));

        assertThat(summary.counts()).containsExactly(Map.entry("pending", 0L), Map.entry("completed", 9L),
                Map.entry("refunded", 0L), Map.entry("partially-refunded", 0L), Map.entry("failed", 2L),
                Map.entry("cancelled", 0L));
        assertThat(summary.failedPayments()).isEqualTo(2);
    }
}
