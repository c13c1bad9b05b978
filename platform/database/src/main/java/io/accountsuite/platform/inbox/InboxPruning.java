package io.accountsuite.platform.inbox;

import java.time.Duration;

import io.accountsuite.platform.schedule.BackgroundPoller;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the inbox bounded: every {@code platform.inbox.prune-interval} (an hour by default) it forgets the events
 * processed more than {@link InboxProperties#retention()} ago. Every instance prunes; the deletes are idempotent and
 * walk the {@code processed_at} index, so no coordination is needed.
 */
public class InboxPruning {

    private final BackgroundPoller poller = new BackgroundPoller("inbox pruning", Duration.ofMinutes(5));
    private final Inbox inbox;
    private final InboxProperties properties;

    public InboxPruning(Inbox inbox, InboxProperties properties) {
        this.inbox = inbox;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${platform.inbox.prune-interval:1h}",
            initialDelayString = "${platform.inbox.prune-interval:1h}")
    void prune() {
        poller.pass(() -> inbox.prune(properties.retention()));
    }
}
