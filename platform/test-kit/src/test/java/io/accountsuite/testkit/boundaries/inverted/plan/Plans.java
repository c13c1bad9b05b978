package io.accountsuite.testkit.boundaries.inverted.plan;

import io.accountsuite.testkit.boundaries.inverted.web.PlanController;

/** Fixture: the application depending on the web edge. */
public final class Plans {

    private Plans() {
    }

    public static String defaultPlan() {
        return PlanController.defaultPlan().toLowerCase();
    }
}
