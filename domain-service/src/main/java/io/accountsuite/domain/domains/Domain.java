package io.accountsuite.domain.domains;

import java.time.Instant;
import java.util.UUID;

import io.accountsuite.platform.values.WireValue;

/**
 * A custom domain of a site, with where its verification stands and what DNS and TLS last showed. Verification moves
 * it through its {@link Stage}s only by the transitions below (SPEC "Custom domains": checking-dns →
 * checking-ssl-cert → done, or failed / ssl-failed / done-without-ssl once the attempts are used up); each answers the
 * domain as it is after, and refuses a domain in a stage the transition does not start from.
 *
 * @param found         what DNS last answered for the name (addresses or a CNAME target), null before any check
 * @param nextCheckAt   when verification looks at it again; null when it is not checked any more
 * @param certExpiresAt when the certificate TLS last showed expires
 */
public record Domain(UUID id, UUID siteId, UUID customerId, String name, boolean primary, Stage stage,
                     boolean secure, int attempts, Instant nextCheckAt, Instant lastCheckAt, String found,
                     String resolver, String certIssuer, Instant certExpiresAt, boolean flagged, Instant createdAt) {

    /** Where a domain's verification stands, with the value the API and the database write. */
    public enum Stage implements WireValue {
        CHECKING_DNS("checking-dns"), CHECKING_SSL("checking-ssl-cert"), DONE("done"), FAILED("failed"),
        SSL_FAILED("ssl-failed"), DONE_WITHOUT_SSL("done-without-ssl");

        private final String value;

        Stage(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }

        /** Whether verification has ended here: nothing is checked again unless someone asks. */
        public boolean ended() {
            return this != CHECKING_DNS && this != CHECKING_SSL;
        }

        /**
         * Whether a domain here needs someone to look (the admin's "domains in trouble", issue 20): verification ended
         * without a working secure domain (failed, ssl-failed, done-without-ssl).
         */
        public boolean inTrouble() {
            return ended() && this != DONE;
        }

        /** The stage written as {@code value}; {@link IllegalArgumentException} for any other text. */
        public static Stage of(String value) {
            return WireValue.of(Stage.class, value);
        }
    }

    /** A domain just added to a site: its DNS is checked at once. */
    public static Domain added(UUID siteId, UUID customerId, String asciiName, Instant now) {
        return new Domain(UUID.randomUUID(), siteId, customerId, asciiName, false, Stage.CHECKING_DNS, false, 0, now,
                null, null, null, null, null, false, now);
    }

    /** DNS points at the network: TLS is checked next, at once, with attempts counted afresh. */
    public Domain passDns(String found, String resolver, Instant now) {
        require(Stage.CHECKING_DNS);
        return new Domain(id, siteId, customerId, name, primary, Stage.CHECKING_SSL, secure, 0, now, now, found,
                resolver, certIssuer, certExpiresAt, flagged, createdAt);
    }

    /** TLS answers with a valid certificate for the name: verification is done and the domain secure. */
    public Domain passTls(String issuer, Instant expiresAt, Instant now) {
        require(Stage.CHECKING_SSL);
        return new Domain(id, siteId, customerId, name, primary, Stage.DONE, true, 0, null, now, found, resolver,
                issuer, expiresAt, flagged, createdAt);
    }

    /**
     * A check did not pass and attempts are left: the same stage again at {@code next}, one attempt more. What DNS
     * found is kept when this check found nothing new (null).
     */
    public Domain retry(Instant next, String foundNow, String resolverNow, Instant now) {
        requireChecking();
        return new Domain(id, siteId, customerId, name, primary, stage, secure, attempts + 1, next, now,
                foundNow == null ? found : foundNow, resolverNow == null ? resolver : resolverNow, certIssuer,
                certExpiresAt, flagged, createdAt);
    }

    /**
     * A check did not pass and its attempts are used up: the stage it ends in ({@code failed} after DNS;
     * {@code ssl-failed}, or {@code done-without-ssl} where the network allows plain HTTP, after TLS), not checked
     * again until the customer asks.
     */
    public Domain fail(Stage end, String foundNow, String resolverNow, Instant now) {
        requireChecking();
        boolean allowed = stage == Stage.CHECKING_DNS ? end == Stage.FAILED
                : end == Stage.SSL_FAILED || end == Stage.DONE_WITHOUT_SSL;
        if (!allowed) {
            throw new IllegalStateException("a domain in " + stage.value + " cannot end in " + end.value);
        }
        return new Domain(id, siteId, customerId, name, primary, end, end == Stage.DONE_WITHOUT_SSL ? false : secure,
                attempts + 1, null, now, foundNow == null ? found : foundNow,
                resolverNow == null ? resolver : resolverNow, certIssuer, certExpiresAt, flagged, createdAt);
    }

    /**
     * "Check again", asked by the owner or an admin in any stage: verification starts over at DNS now, with attempts
     * counted afresh; what the last checks found is kept until the next one.
     */
    public Domain checkAgain(Instant now) {
        return new Domain(id, siteId, customerId, name, primary, Stage.CHECKING_DNS, secure, 0, now, lastCheckAt, found,
                resolver, certIssuer, certExpiresAt, flagged, createdAt);
    }

    /** A domain due for a check in a stage that needs none (done, failed...): it is not checked again. */
    public Domain settled(Instant now) {
        if (isChecking()) {
            throw new IllegalStateException("a domain in " + stage.value + " is still being checked");
        }
        return new Domain(id, siteId, customerId, name, primary, stage, secure, attempts, null, now, found, resolver,
                certIssuer, certExpiresAt, flagged, createdAt);
    }

    /** Whether verification still has a check to make. */
    public boolean isChecking() {
        return stage == Stage.CHECKING_DNS || stage == Stage.CHECKING_SSL;
    }

    private void require(Stage from) {
        if (stage != from) {
            throw new IllegalStateException("a domain in " + stage.value + " is not in " + from.value);
        }
    }

    private void requireChecking() {
        if (!isChecking()) {
            throw new IllegalStateException("a domain in " + stage.value + " is not being checked");
        }
    }
}
