package io.accountsuite.platform.inbox;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Keeps the inbox bounded: every {@link InboxProperties#pruneInterval()} it forgets the events processed more than
 * {@link InboxProperties#retention()} ago. Every instance prunes; the deletes are idempotent and cheap on the
 * {@code processed_at} index, so no coordination is needed.
 */
public class InboxPruning implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxPruning.class);

    private final Inbox inbox;
    private final InboxProperties properties;
    private volatile Disposable running;

    public InboxPruning(Inbox inbox, InboxProperties properties) {
        this.inbox = inbox;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        running = Flux.interval(properties.pruneInterval(), properties.pruneInterval(), Schedulers.boundedElastic())
                .concatMap(tick -> inbox.prune(properties.retention())
                        .doOnNext(forgotten -> log.debug("inbox: forgot {} processed events", forgotten))
                        .onErrorResume(e -> {
                            log.warn("inbox: pruning failed; the next pass retries: {}", e.toString());
                            return Mono.empty();
                        }))
                .subscribe();
    }

    @Override
    public synchronized void stop() {
        if (running != null) {
            running.dispose();
            running = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
