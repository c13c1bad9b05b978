package io.accountsuite.billing.payment;

import io.accountsuite.billing.invoice.Invoice;
import reactor.core.publisher.Mono;

/** Where a payment is taken. The network configures one ({@code billing.payments.method}). */
public interface PaymentMethod {

    enum Outcome { SUCCEEDED, PENDING, FAILED }

    record Result(Outcome outcome, String reason) {
        public static Result succeeded() {
            return new Result(Outcome.SUCCEEDED, null);
        }
    }

    String name();

    /** Charges the invoice's total; {@code card} is what the customer entered, if anything. */
    Mono<Result> charge(Invoice invoice, String card);
}
