package io.accountsuite.membership.usage;

/** What a membership's sites use now, from site- and domain-service's events. */
public record SiteUsage(long diskMb, long posts, long pages, long users, long visitsThisMonth, int customDomains) {

    public static SiteUsage none() {
        return new SiteUsage(0, 0, 0, 0, 0, 0);
    }
}
