package io.accountsuite.platform.schedule;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The one way a service polls in the background (domain checks, renewals, template switches, purges): a service's
 * {@code @Scheduled} method hands each pass to {@link #pass}. A pass runs at most once at a time in this instance (one
 * still running when the next is due is skipped), is waited for at most the given limit, and a failure is logged,
 * never thrown, so the next scheduled pass simply tries again. Work that several instances share is claimed by the
 * pass itself (leases, {@code FOR UPDATE SKIP LOCKED}).
 */
public final class BackgroundPoller {

    private static final Logger log = LoggerFactory.getLogger(BackgroundPoller.class);

    private final String name;
    private final Duration limit;
    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * @param name  what the poller does, for its log lines ("domain verification")
     * @param limit the longest one pass is waited for; past it the pass is abandoned and logged
     */
    public BackgroundPoller(String name, Duration limit) {
        this.name = name;
        this.limit = limit;
    }

    /** Runs one pass unless one is already running; answers whether this call ran it. */
    public boolean pass(Supplier<? extends Mono<?>> work) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        try {
            Mono.defer(work).then().block(limit);
        } catch (RuntimeException e) {
            log.warn("{}: the pass failed; the next one retries: {}", name, e.toString());
        } finally {
            running.set(false);
        }
        return true;
    }
}
