package io.accountsuite.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.UUID;

import io.accountsuite.platform.values.WireValue;
import io.r2dbc.spi.Readable;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The messages table: mails waiting to leave ({@code pending}), sent, or given up ({@code parked}). Rows are claimed
 * with a lease ({@code FOR UPDATE SKIP LOCKED}), so several instances share the queue and a crash mid-send only
 * delays a mail until its lease ends.
 */
@Repository
@RequiredArgsConstructor
public class Postbox {

    private final DatabaseClient db;

    /** Queues a message to leave at once; a message of the same id (the same event and kind) is kept as it was. */
    public Mono<Void> post(Message m, Instant now) {
        return db.sql("""
                        INSERT INTO messages (id, customer_id, kind, recipient, subject, text_body, html_body,
                                              message_id, link_purpose, link_request, status, next_attempt_at,
                                              created_at)
                        VALUES (:id, :customer, :kind, :recipient, :subject, :text, :html, :messageId, :purpose,
                                :request, 'pending', :now, :now)
                        ON CONFLICT (id) DO NOTHING""")
                .bind("id", m.id())
                .bind("customer", Parameter.fromOrEmpty(m.customerId(), UUID.class))
                .bind("kind", m.kind().value()).bind("recipient", m.recipient())
                .bind("subject", m.body().subject()).bind("text", m.body().text()).bind("html", m.body().html())
                .bind("messageId", m.messageId())
                .bind("purpose", Parameter.fromOrEmpty(m.link() == null ? null : m.link().purpose().value(),
                        String.class))
                .bind("request", Parameter.fromOrEmpty(m.link() == null ? null : m.link().requestId(), UUID.class))
                .bind("now", now)
                .fetch().rowsUpdated().then();
    }

    /**
     * Up to {@code limit} due messages, oldest first, each leased for {@code lease} so no other pass sends it
     * meanwhile. (RETURNING keeps no order, so the batch is sorted here: mails leave in the order they were queued.)
     */
    public Flux<Message> claimDue(int limit, Instant now, Duration lease) {
        return db.sql("""
                        UPDATE messages SET next_attempt_at = :leaseEnd
                        WHERE id IN (SELECT id FROM messages WHERE status = 'pending' AND next_attempt_at <= :now
                                     ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                        RETURNING *""")
                .bind("now", now).bind("leaseEnd", now.plus(lease)).bind("limit", limit)
                .map(Postbox::read).all()
                .collectSortedList(Comparator.comparing(Message::createdAt))
                .flatMapIterable(batch -> batch);
    }

    public Mono<Void> sent(Message m, Instant now) {
        if (m.detached()) {
            return delete(m.id());
        }
        return db.sql("UPDATE messages SET status = 'sent', sent_at = :now, attempts = attempts + 1,"
                        + " last_error = NULL WHERE id = :id")
                .bind("id", m.id()).bind("now", now).fetch().rowsUpdated().then();
    }

    /** Another attempt at {@code at}, with the error that stopped this one. */
    public Mono<Void> retryAt(Message m, Instant at, String error) {
        return db.sql("UPDATE messages SET attempts = attempts + 1, next_attempt_at = :at, last_error = :error"
                        + " WHERE id = :id")
                .bind("id", m.id()).bind("at", at).bind("error", error).fetch().rowsUpdated().then();
    }

    /** Gives the message up; a detached farewell is deleted instead, since nothing may keep its address. */
    public Mono<Void> park(Message m, String error) {
        if (m.detached()) {
            return delete(m.id());
        }
        return db.sql("UPDATE messages SET status = 'parked', attempts = attempts + 1, last_error = :error"
                        + " WHERE id = :id")
                .bind("id", m.id()).bind("error", error).fetch().rowsUpdated().then();
    }

    /** How many messages of these kinds were queued for the customer since {@code since}. */
    public Mono<Long> countSince(UUID customerId, Collection<Kind> kinds, Instant since) {
        return db.sql("SELECT count(*) AS n FROM messages WHERE customer_id = :id AND kind IN (:kinds)"
                        + " AND created_at >= :since")
                .bind("id", customerId).bind("kinds", kinds.stream().map(Kind::value).toList()).bind("since", since)
                .map(row -> row.get("n", Long.class)).one();
    }

    /** Whether a message of {@code kind} went to the customer since {@code since} (so as not to flood them). */
    public Mono<Boolean> postedSince(UUID customerId, Kind kind, Instant since) {
        return db.sql("SELECT count(*) AS n FROM messages WHERE customer_id = :id AND kind = :kind"
                        + " AND created_at >= :since")
                .bind("id", customerId).bind("kind", kind.value()).bind("since", since)
                .map(row -> row.get("n", Long.class) > 0).one();
    }

    /** Everything queued or sent to the customer (an erasure); a detached farewell is not theirs any more. */
    public Mono<Void> deleteFor(UUID customerId) {
        return db.sql("DELETE FROM messages WHERE customer_id = :id").bind("id", customerId)
                .fetch().rowsUpdated().then();
    }

    /** Forgets the bodies and addresses of mails sent before {@code before}: the log keeps them for a while only. */
    public Mono<Long> pruneSent(Instant before) {
        return db.sql("DELETE FROM messages WHERE status = 'sent' AND sent_at < :before").bind("before", before)
                .fetch().rowsUpdated();
    }

    /** How many messages wait to leave, and since when the oldest waits (null when none). */
    public Mono<Backlog> backlog() {
        return db.sql("SELECT count(*) AS n, min(created_at) AS oldest FROM messages WHERE status = 'pending'")
                .map(row -> new Backlog(row.get("n", Long.class), row.get("oldest", Instant.class))).one();
    }

    /** Messages waiting to leave, and when the oldest of them was queued. */
    public record Backlog(long pending, Instant oldest) {
    }

    private Mono<Void> delete(UUID id) {
        return db.sql("DELETE FROM messages WHERE id = :id").bind("id", id).fetch().rowsUpdated().then();
    }

    private static Message read(Readable row) {
        return new Message(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                WireValue.of(Kind.class, row.get("kind", String.class)), row.get("recipient", String.class),
                new Composed(row.get("subject", String.class), row.get("text_body", String.class),
                        row.get("html_body", String.class)),
                row.get("message_id", String.class),
                Message.link(row.get("link_purpose", String.class), row.get("link_request", UUID.class)),
                row.get("attempts", Integer.class), row.get("created_at", Instant.class));
    }
}
