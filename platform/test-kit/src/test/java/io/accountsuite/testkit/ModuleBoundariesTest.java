package io.accountsuite.testkit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The boundary rules each service's own test applies, shown to catch what they exist to catch. */
class ModuleBoundariesTest {

    private static final String FIXTURES = "io.accountsuite.testkit.boundaries.";

    @Test
    void features_that_use_each_other_in_one_direction_pass() {
        assertThatCode(() -> ModuleBoundaries.ofAllClasses(FIXTURES + "layered").verify()).doesNotThrowAnyException();
    }

    @Test
    void two_features_that_use_each_other_are_a_cycle() {
        assertThatThrownBy(() -> ModuleBoundaries.ofAllClasses(FIXTURES + "cycle").verify())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: Slice billing -> ")
                .hasMessageContaining("Slice plan");
    }

    @Test
    void the_application_referring_to_a_controller_is_refused() {
        assertThatThrownBy(() -> ModuleBoundaries.ofAllClasses(FIXTURES + "inverted").verify())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Plans.defaultPlan()")
                .hasMessageContaining("PlanController");
    }
}
