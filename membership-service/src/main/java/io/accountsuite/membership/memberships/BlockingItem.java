package io.accountsuite.membership.memberships;

/** A limit the site is over after a change, and how much to remove first. */
public record BlockingItem(String limit, long usage, long allowed, long remove) {
}
