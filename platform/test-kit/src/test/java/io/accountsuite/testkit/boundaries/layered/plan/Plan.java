package io.accountsuite.testkit.boundaries.layered.plan;

/** Fixture: the application, knowing nothing of the web. */
public record Plan(String name) {
}
