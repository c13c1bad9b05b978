package io.accountsuite.membership.memberships;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.memberships.Membership.Terms;

/** {@link Charges} priced from a loaded part of the catalog (it must hold the terms' products). */
public record CatalogCharges(Map<UUID, Product> catalog) implements Charges {

    @Override
    public List<ChargeLine> first(Terms terms, Coupon coupon) {
        return Pricing.initialLines(catalog.get(terms.planId()), terms.addOns(), catalog::get, coupon);
    }

    @Override
    public List<ChargeLine> renewal(Terms terms, Coupon coupon, int cycle) {
        return Pricing.renewalLines(catalog.get(terms.planId()), terms.addOns(), catalog::get, coupon, cycle);
    }
}
