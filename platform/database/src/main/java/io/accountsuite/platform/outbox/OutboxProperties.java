package io.accountsuite.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pollInterval safety-net poll, in case a notification was missed (the relay is normally woken by NOTIFY)
 * @param batchSize    rows published per transaction
 * @param busyRetry    how soon to try again when another instance holds the relay lock
 * @param retention    how long sent rows are kept for inspection before they are purged
 * @param sendTimeout  how long one batch may wait for the broker's acknowledgements
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(Duration pollInterval, int batchSize, Duration busyRetry, Duration retention,
                               Duration sendTimeout) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        batchSize = batchSize <= 0 ? 100 : batchSize;
        busyRetry = busyRetry == null ? Duration.ofMillis(300) : busyRetry;
        retention = retention == null ? Duration.ofDays(3) : retention;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
    }
}
