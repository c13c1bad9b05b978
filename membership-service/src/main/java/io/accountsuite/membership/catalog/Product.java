package io.accountsuite.membership.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.entitlement.Entitlements.TemplateChoice;
import io.accountsuite.membership.entitlement.Entitlements.TemplateMode;
import io.accountsuite.membership.entitlement.ProductLimits;
import io.accountsuite.membership.money.Money;
import io.accountsuite.platform.values.WireValue;

/**
 * Something the network sells: a plan (a customer has one), or a package or service bought with a plan as an
 * add-on. Plans in the same {@code group} are the ones a customer may switch between; a plan with
 * {@code trialDays} starts with a free trial, once per customer and group.
 */
public record Product(UUID id, Type type, String name, String slug, String description, Money price, Money setupFee,
                      BillingPeriod period, int billingCycles, String group, boolean active, List<UUID> addOnIds,
                      ProductLimits limits, TemplateMode templateMode, Map<String, TemplateChoice> templates,
                      int trialDays) {

    public enum Type implements WireValue {
        PLAN, PACKAGE, SERVICE;

        public static Type of(String value) {
            return WireValue.of(Type.class, value);
        }
    }

    public Product {
        addOnIds = addOnIds == null ? List.of() : List.copyOf(addOnIds);
        templates = templates == null ? Map.of() : Map.copyOf(templates);
        limits = limits == null ? ProductLimits.unset() : limits;
        templateMode = templateMode == null ? TemplateMode.DEFAULT : templateMode;
    }

    public boolean isPlan() {
        return type == Type.PLAN;
    }

    /** The group whose plans share one trial per customer: the plan's group, or the plan alone. */
    public String trialGroup() {
        return group != null ? group : id.toString();
    }

    /** Price per day, to tell an upgrade from a downgrade across billing periods. */
    public double pricePerDay() {
        return period.recurs() ? price.amount().doubleValue() / period.nominalDays() : 0;
    }
}
