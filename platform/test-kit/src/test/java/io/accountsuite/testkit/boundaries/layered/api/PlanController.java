package io.accountsuite.testkit.boundaries.layered.api;

import io.accountsuite.testkit.boundaries.layered.plan.Plan;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Fixture: the web edge uses the application. */
@RestController
public class PlanController {

    @GetMapping("/plan")
    public Plan plan() {
        return new Plan("Pro");
    }

    /** A class nested in the controller (as an anonymous type reference would be) is part of the web edge. */
    public Runnable nested() {
        return new Runnable() {
            @Override
            public void run() {
                plan();
            }
        };
    }
}
