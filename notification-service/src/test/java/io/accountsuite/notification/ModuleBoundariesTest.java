package io.accountsuite.notification;

import io.accountsuite.testkit.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/** This service's feature packages use each other without a cycle, and only the web edge knows controllers. */
class ModuleBoundariesTest {

    @Test
    void features_are_free_of_cycles_and_the_application_never_depends_on_the_web_edge() {
        ModuleBoundaries.of("io.accountsuite.notification").verify();
    }
}
