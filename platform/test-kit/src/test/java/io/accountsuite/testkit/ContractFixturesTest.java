package io.accountsuite.testkit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractFixturesTest {

    @Test
    void an_answer_with_every_field_of_the_fixture_and_more_passes() {
        assertThatCode(() -> ContractFixtures.assertCarriesEveryField("example/overview",
                "{\"plan\":{\"name\":\"Pro\",\"id\":\"p\"},\"addOns\":[{\"name\":\"A\",\"quantity\":1}],\"x\":1}"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_renamed_field_fails_naming_it() {
        assertThatThrownBy(() -> ContractFixtures.assertCarriesEveryField("example/overview",
                "{\"plan\":{\"title\":\"Pro\"},\"addOns\":[{\"name\":\"A\"}]}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("plan.name");
        assertThatThrownBy(() -> ContractFixtures.assertCarriesEveryField("example/overview",
                "{\"plan\":{\"name\":\"Pro\"},\"addOns\":[{\"label\":\"A\"}]}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("addOns[].name");
    }
}
