package io.accountsuite.membership.memberships;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.memberships.MembershipChanges.ChangeRequest.AddOn;
import io.accountsuite.platform.problem.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddOnQuantitiesTest {

    private static final UUID STORAGE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID SEATS = UUID.fromString("00000000-0000-0000-0000-0000000000a2");

    private static Map<UUID, Integer> of(AddOn... requested) {
        return AddOnQuantities.of(Arrays.asList(requested), AddOn::productId, AddOn::quantity);
    }

    @Test
    void zero_is_not_taken_and_one_to_a_hundred_are_kept() {
        assertThat(of(new AddOn(STORAGE, 0), new AddOn(SEATS, 100))).containsExactly(Map.entry(SEATS, 100));
        assertThat(of(new AddOn(STORAGE, 1))).containsExactly(Map.entry(STORAGE, 1));
        assertThat(AddOnQuantities.of(null, AddOn::productId, AddOn::quantity)).isEmpty();
    }

    @Test
    void one_add_on_named_twice_counts_once_with_the_quantities_added() {
        assertThat(of(new AddOn(STORAGE, 2), new AddOn(STORAGE, 3))).containsExactly(Map.entry(STORAGE, 5));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, Integer.MAX_VALUE})
    void a_quantity_outside_zero_to_a_hundred_is_refused(int quantity) {
        assertThatThrownBy(() -> of(new AddOn(STORAGE, quantity))).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("a quantity from 0 to 100");
    }

    @Test
    void quantities_of_one_add_on_may_not_add_up_past_a_hundred() {
        assertThatThrownBy(() -> of(new AddOn(STORAGE, 60), new AddOn(STORAGE, 60))).isInstanceOf(ApiProblem.class);
    }

    @Test
    void an_add_on_without_an_id_or_a_quantity_is_refused() {
        assertThatThrownBy(() -> of(new AddOn(null, 1))).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> of(new AddOn(STORAGE, null))).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> AddOnQuantities.of(Arrays.asList((AddOn) null), AddOn::productId, AddOn::quantity))
                .isInstanceOf(ApiProblem.class);
    }
}
