package io.accountsuite.membership.entitlement;

/**
 * The limits a product sets, as the admin entered them: a number, 0 for unlimited, or null for "not set". A plan's
 * unset limit is unlimited; an add-on's unset limit adds nothing. {@code customDomains} null is "not set" too.
 */
public record ProductLimits(Long diskMb, Long posts, Long pages, Long visitsPerMonth, Long users, Long sites,
                            Boolean customDomains) {

    public ProductLimits {
        for (Long value : new Long[] {diskMb, posts, pages, visitsPerMonth, users, sites}) {
            if (value != null && value < 0) {
                throw new IllegalArgumentException("limits cannot be negative");
            }
        }
    }

    public static ProductLimits unset() {
        return new ProductLimits(null, null, null, null, null, null, null);
    }
}
