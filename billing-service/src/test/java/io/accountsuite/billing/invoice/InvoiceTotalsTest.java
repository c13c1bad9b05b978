package io.accountsuite.billing.invoice;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvoiceTotalsTest {

    private static Invoice.Line line(String type, String amount) {
        return new Invoice.Line(type, type, 1, new BigDecimal(amount), null, null);
    }

    @Test
    void the_total_is_the_sum_of_the_lines_in_the_currencys_minor_unit() {
        var settled = InvoiceTotals.settle(List.of(line("product", "30.00"), line("fee", "20.00"),
                line("credit", "-3.33"), line("credit", "-5.00")), "USD", BigDecimal.ZERO);
        assertThat(settled.total()).isEqualByComparingTo("41.67");
        assertThat(settled.total().scale()).isEqualTo(2);
        assertThat(settled.creditLeft()).isEqualByComparingTo("0");
    }

    @Test
    void a_credit_larger_than_the_charge_leaves_a_zero_invoice_and_the_rest_as_account_credit() {
        var settled = InvoiceTotals.settle(List.of(line("product", "10.00"), line("credit", "-25.50")), "USD",
                BigDecimal.ZERO);
        assertThat(settled.total()).isEqualByComparingTo("0");
        assertThat(settled.creditLeft()).isEqualByComparingTo("15.50");
        assertThat(settled.lines()).last().satisfies(l -> assertThat(l.amount()).isEqualByComparingTo("15.50"));
    }

    @Test
    void account_credit_pays_what_it_can_of_the_next_invoice() {
        var partly = InvoiceTotals.settle(List.of(line("product", "10.00")), "USD", new BigDecimal("15.50"));
        assertThat(partly.total()).isEqualByComparingTo("0");
        assertThat(partly.creditLeft()).isEqualByComparingTo("5.50");
        var rest = InvoiceTotals.settle(List.of(line("product", "10.00")), "USD", new BigDecimal("5.50"));
        assertThat(rest.total()).isEqualByComparingTo("4.50");
        assertThat(rest.creditLeft()).isEqualByComparingTo("0");
    }

    @Test
    void currencies_without_minor_units_are_whole() {
        var settled = InvoiceTotals.settle(List.of(line("product", "1000")), "JPY", BigDecimal.ZERO);
        assertThat(settled.total().scale()).isZero();
    }
}
