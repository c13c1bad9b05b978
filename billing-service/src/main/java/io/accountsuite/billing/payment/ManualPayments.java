package io.accountsuite.billing.payment;

import io.accountsuite.billing.invoice.Invoice;
import reactor.core.publisher.Mono;

/** Bank transfer and the like: the invoice stays pending until an admin records the payment. */
class ManualPayments implements PaymentMethod {

    @Override
    public String name() {
        return "manual";
    }

    @Override
    public Mono<Result> charge(Invoice invoice, String card) {
        return Mono.just(new Result(Outcome.PENDING, "awaiting the network's confirmation of your transfer"));
    }
}
