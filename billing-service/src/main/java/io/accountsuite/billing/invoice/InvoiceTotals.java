package io.accountsuite.billing.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The total of an invoice's lines, never below zero: account credit left from earlier pays what it can, and a
 * credit larger than the charge leaves a zero invoice with the remainder carried to the account's credit.
 */
public final class InvoiceTotals {

    /** The lines as invoiced, what is due, and the account credit left afterwards. */
    public record Settled(List<Invoice.Line> lines, BigDecimal total, BigDecimal creditLeft) {
    }

    private InvoiceTotals() {
    }

    public static Settled settle(List<Invoice.Line> charged, String currency, BigDecimal accountCredit) {
        int scale = Currency.getInstance(currency).getDefaultFractionDigits();
        List<Invoice.Line> lines = new ArrayList<>(charged);
        BigDecimal total = sum(lines, scale);
        BigDecimal credit = accountCredit.setScale(scale, RoundingMode.HALF_EVEN);
        if (total.signum() > 0 && credit.signum() > 0) {
            BigDecimal used = credit.min(total);
            lines.add(new Invoice.Line("credit", "Account credit", 1, used.negate(), null,
                    Invoice.Line.ACCOUNT_CREDIT));
            credit = credit.subtract(used);
            total = total.subtract(used);
        }
        if (total.signum() < 0) {
            lines.add(new Invoice.Line("credit", "Carried to account credit", 1, total.negate(), null,
                    Invoice.Line.CARRIED_TO_CREDIT));
            credit = credit.add(total.negate());
            total = BigDecimal.ZERO.setScale(scale);
        }
        return new Settled(List.copyOf(lines), total, credit);
    }

    private static BigDecimal sum(List<Invoice.Line> lines, int scale) {
        return lines.stream().map(Invoice.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(scale, RoundingMode.HALF_EVEN);
    }
}
