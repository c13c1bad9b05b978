package io.accountsuite.platform.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param retries        attempts after the first before an event goes to the dead-letter topic
 * @param initialBackoff wait before the first retry; doubles each time up to {@code maxBackoff}
 * @param handlerTimeout how long one handling may take before it counts as failed
 * @param concurrency    consumer threads per instance (at most the topics' partition count is useful)
 * @param retention      how long a processed event's id is remembered; must outlive the topics' retention (7 days,
 *                       deploy/kafka-topics), so that any event still on a topic, replayed from its beginning, is
 *                       recognised as a duplicate. 14 days by default; forgotten every
 *                       {@code platform.inbox.prune-interval} (an hour) by {@link InboxPruning}
 */
@ConfigurationProperties("platform.inbox")
public record InboxProperties(Integer retries, Duration initialBackoff, Duration maxBackoff, Duration handlerTimeout,
                              Integer concurrency, Duration retention) {

    public InboxProperties {
        retries = retries == null ? 4 : retries;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(10) : maxBackoff;
        handlerTimeout = handlerTimeout == null ? Duration.ofSeconds(30) : handlerTimeout;
        concurrency = concurrency == null ? 1 : concurrency;
        retention = retention == null ? Duration.ofDays(14) : retention;
    }
}
