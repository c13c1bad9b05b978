package io.accountsuite.notification.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mails leave ({@code notification.delivery.*}; README "Configuration").
 *
 * @param interval     how often the queue is looked at
 * @param maxAttempts  attempts before a mail the SMTP server keeps refusing for now is parked
 * @param firstBackoff the wait after a first failed attempt, doubling each time up to {@code maxBackoff}
 * @param maxBackoff   the longest wait between two attempts
 * @param keepSent     how long a sent mail stays in the log, then its row (address and body) is deleted
 */
@ConfigurationProperties("notification.delivery")
public record DeliverySettings(@DefaultValue("1s") Duration interval, @DefaultValue("10") int maxAttempts,
                               @DefaultValue("10s") Duration firstBackoff, @DefaultValue("30m") Duration maxBackoff,
                               @DefaultValue("30d") Duration keepSent) {

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones (1 or more). */
    public Duration backoffAfter(int attempts) {
        Duration wait = firstBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
