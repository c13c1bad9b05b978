package io.accountsuite.billing.payment;

import io.accountsuite.billing.invoice.Invoice;
import lombok.RequiredArgsConstructor;
import reactor.core.publisher.Mono;

/** For development and tests: every payment succeeds, except with the configured declining card. */
@RequiredArgsConstructor
class TestPayments implements PaymentMethod {

    private final String decliningCard;

    @Override
    public String name() {
        return "test";
    }

    @Override
    public Mono<Result> charge(Invoice invoice, String card) {
        if (card != null && card.replaceAll("\\s", "").equals(decliningCard)) {
            return Mono.just(new Result(Outcome.FAILED, "the card was declined"));
        }
        return Mono.just(Result.succeeded());
    }
}
