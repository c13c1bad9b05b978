package io.accountsuite.testkit.boundaries.cycle.plan;

import io.accountsuite.testkit.boundaries.cycle.billing.Invoice;

/** Fixture: ... and plan uses billing back: a cycle. */
public record Plan(String name) {

    public Invoice invoice() {
        return new Invoice(this);
    }
}
