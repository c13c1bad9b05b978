package io.accountsuite.platform.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param retries        attempts after the first before an event goes to the dead-letter topic
 * @param initialBackoff wait before the first retry; doubles each time up to {@code maxBackoff}
 * @param handlerTimeout how long one handling may take before it counts as failed
 * @param concurrency    consumer threads per instance (at most the topics' partition count is useful)
 */
@ConfigurationProperties("platform.inbox")
public record InboxProperties(Integer retries, Duration initialBackoff, Duration maxBackoff, Duration handlerTimeout,
                              Integer concurrency) {

    public InboxProperties {
        retries = retries == null ? 4 : retries;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(10) : maxBackoff;
        handlerTimeout = handlerTimeout == null ? Duration.ofSeconds(30) : handlerTimeout;
        concurrency = concurrency == null ? 1 : concurrency;
    }
}
