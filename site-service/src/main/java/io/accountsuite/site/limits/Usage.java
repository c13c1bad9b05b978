package io.accountsuite.site.limits;

/** What a site uses now. Disk is the media's total size; the site's owner is its one user. */
public record Usage(long diskBytes, long posts, long pages, long visitsThisMonth, long users) {

    public long diskMb() {
        return (diskBytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
