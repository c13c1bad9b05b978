package io.accountsuite.membership.memberships;

import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.catalog.Product;

/**
 * What kind of change a request is. Same plan and add-ons: nothing. Same plan with add-ons only added: an add-on
 * purchase. Same plan with add-ons removed: a downgrade. A different plan: a downgrade when it costs less per day,
 * otherwise an upgrade.
 */
public final class ChangeClassifier {

    private ChangeClassifier() {
    }

    public static ChangeKind classify(Product currentPlan, Map<UUID, Integer> currentAddOns, Product targetPlan,
                                      Map<UUID, Integer> targetAddOns) {
        if (!currentPlan.id().equals(targetPlan.id())) {
            return targetPlan.pricePerDay() < currentPlan.pricePerDay() ? ChangeKind.DOWNGRADE : ChangeKind.UPGRADE;
        }
        if (currentAddOns.equals(targetAddOns)) {
            return ChangeKind.NO_CHANGE;
        }
        boolean onlyAdded = currentAddOns.entrySet().stream()
                .allMatch(e -> targetAddOns.getOrDefault(e.getKey(), 0) >= e.getValue());
        return onlyAdded ? ChangeKind.ADD_ON_PURCHASE : ChangeKind.DOWNGRADE;
    }
}
