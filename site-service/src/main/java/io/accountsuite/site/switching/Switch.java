package io.accountsuite.site.switching;

import java.time.Instant;
import java.util.UUID;

import io.accountsuite.platform.values.WireValue;

/**
 * A switch of a site's template (SPEC "Templates"): queued, then running under a worker's lease (with its progress in
 * percent), then done or failed. It moves only by the transitions below, each answering the switch as it is after and
 * refusing one that has already ended. {@code attempt} counts the leases taken on it, the current holder's being the
 * last.
 *
 * @param progress how far the content change is, 0 to 100
 * @param reason   why it failed, in words for the customer; null otherwise
 */
public record Switch(UUID id, UUID siteId, UUID customerId, UUID templateId, Status status, int progress,
                     String reason, Instant createdAt, Instant updatedAt, int attempt) {

    /** Where a switch stands, as the API and its events write it. */
    public enum Status implements WireValue {
        QUEUED, RUNNING, DONE, FAILED;

        public static Status of(String value) {
            return WireValue.of(Status.class, value);
        }
    }

    /** A switch the customer just asked for. */
    public static Switch queued(UUID siteId, UUID customerId, UUID templateId, Instant now) {
        return new Switch(UUID.randomUUID(), siteId, customerId, templateId, Status.QUEUED, 0, null, now, now, 0);
    }

    /** The content change has come {@code percent} of the way. */
    public Switch progressed(int percent, Instant now) {
        requireUnfinished();
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("progress is a percentage, not " + percent);
        }
        return new Switch(id, siteId, customerId, templateId, Status.RUNNING, percent, null, createdAt, now, attempt);
    }

    /** The site has its new template's content. */
    public Switch done(Instant now) {
        requireUnfinished();
        return new Switch(id, siteId, customerId, templateId, Status.DONE, 100, null, createdAt, now, attempt);
    }

    /** The content could not be written; the site keeps what it had. */
    public Switch failed(String why, Instant now) {
        requireUnfinished();
        return new Switch(id, siteId, customerId, templateId, Status.FAILED, 0, why, createdAt, now, attempt);
    }

    /** Whether the switch has ended, done or failed. */
    public boolean isFinished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    private void requireUnfinished() {
        if (isFinished()) {
            throw new IllegalStateException("template switch " + id + " has already ended " + status.value());
        }
    }
}
