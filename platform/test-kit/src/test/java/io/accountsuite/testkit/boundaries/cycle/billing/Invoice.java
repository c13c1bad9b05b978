package io.accountsuite.testkit.boundaries.cycle.billing;

import io.accountsuite.testkit.boundaries.cycle.plan.Plan;

/** Fixture: billing uses plan ... */
public record Invoice(Plan plan) {
}
