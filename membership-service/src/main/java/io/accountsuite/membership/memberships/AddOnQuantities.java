package io.accountsuite.membership.memberships;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;

/**
 * The one rule for add-on quantities, on a purchase and on a change alike: each add-on named with its product id and
 * a quantity from 0 (not taken, or removed by a change) to {@value #MAX}; one add-on named twice counts once with the
 * quantities added, and that sum too may not pass {@value #MAX}.
 */
final class AddOnQuantities {

    /** The most of one add-on a membership may hold. */
    static final int MAX = 100;

    private AddOnQuantities() {
    }

    /**
     * The add-ons asked for, by product id, those of quantity 0 left out.
     *
     * @throws ApiProblem 400 {@code validation-failed} on {@code addOns} for a missing id or quantity, or a quantity
     *                    outside 0..{@value #MAX}
     */
    static <T> Map<UUID, Integer> of(List<T> requested, Function<T, UUID> productId, Function<T, Integer> quantity) {
        Map<UUID, Integer> addOns = new LinkedHashMap<>();
        for (T request : requested == null ? List.<T>of() : requested) {
            UUID id = request == null ? null : productId.apply(request);
            Integer count = request == null ? null : quantity.apply(request);
            if (id == null || count == null || count < 0 || count > MAX) {
                throw invalid();
            }
            if (count > 0) {
                addOns.merge(id, count, Integer::sum);
            }
        }
        if (addOns.values().stream().anyMatch(count -> count > MAX)) {
            throw invalid();
        }
        return addOns;
    }

    private static ApiProblem invalid() {
        return ApiProblem.invalid("addOns", Message.of("membership.add-ons.quantity", MAX));
    }
}
