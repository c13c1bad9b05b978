package io.accountsuite.testkit.boundaries.inverted.web;

import org.springframework.web.bind.annotation.RestController;

/** Fixture: a controller the application wrongly reaches into. */
@RestController
public class PlanController {

    public static String defaultPlan() {
        return "Pro";
    }
}
