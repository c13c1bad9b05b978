package io.accountsuite.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemMessages;
import io.accountsuite.platform.problem.ProblemResponses;
import io.accountsuite.platform.problem.ProblemType;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency keys for writes that create or charge, as Stripe documents them: a client sends an
 * {@code Idempotency-Key} header (1 to 255 visible ASCII characters); the same key with the same request (method,
 * path and JSON body) within 24 hours answers the first answer again, status and body, with
 * {@code Idempotent-Replayed: true}, and acts once; with another request it is refused with 422
 * {@code idempotency-key-reused}. Keys are per customer, and the answer is kept in the transaction of the effect:
 * an effect that fails keeps nothing, so a retry runs it again. A second request with the same key waits for the
 * first to commit (the key's row is locked) and then replays it. A kept problem is written in the language of the
 * request that made it ({@code Accept-Language}, see {@code ProblemMessages}) and replayed as kept.
 */
@RequiredArgsConstructor
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final ProblemType REUSED = new ProblemType("idempotency-key-reused",
            HttpStatus.UNPROCESSABLE_CONTENT, "This idempotency key was used for another request");
    static final Duration KEPT = Duration.ofHours(24);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final JsonMapper json;
    private final Clock clock;

    /** What an effect answers: a status and a body written as JSON, or a problem written as problem+json. */
    public record Answer(HttpStatus status, Object body, ApiProblem problem) {

        public static Answer of(HttpStatus status, Object body) {
            return new Answer(status, body, null);
        }

        /** A refusal the effect committed (a declined payment, say), kept and replayed like any answer. */
        public static Answer problem(ApiProblem problem) {
            return new Answer(problem.type().status(), null, problem);
        }
    }

    private record Stored(String fingerprint, Integer status, String contentType, byte[] body, Instant createdAt) {
    }

    /**
     * Runs {@code effect} once per key: without a key it simply runs. {@code body} is the request as read (its JSON
     * form is part of what a key is tied to).
     */
    public Mono<ResponseEntity<byte[]>> once(UUID customerId, String key, ServerHttpRequest request, Object body,
                                             Supplier<Mono<Answer>> effect) {
        if (key == null) {
            return Mono.defer(effect).map(answer -> entity(written(answer, request), false));
        }
        if (!KEY.matcher(key).matches()) {
            return Mono.error(ApiProblem.invalid(HEADER, Message.of("platform.idempotency-key.shape")));
        }
        String fingerprint = fingerprint(request, body);
        Instant now = clock.instant();
        return tx.transactional(forget(customerId, now)
                .then(claim(customerId, key, fingerprint, now))
                .flatMap(claimed -> claimed ? Mono.defer(effect).flatMap(answer -> keep(customerId, key,
                        written(answer, request))).map(answer -> entity(answer, false))
                        : replay(customerId, key, fingerprint)));
    }

    /** Keys older than 24 hours are forgotten, so the customer's table stays small. */
    private Mono<Void> forget(UUID customerId, Instant now) {
        return db.sql("DELETE FROM platform.idempotency_keys WHERE customer_id = :c AND created_at < :before")
                .bind("c", customerId).bind("before", now.minus(KEPT)).fetch().rowsUpdated().then();
    }

    /** True when this request is the key's first; waits for a concurrent first one to commit. */
    private Mono<Boolean> claim(UUID customerId, String key, String fingerprint, Instant now) {
        return db.sql("""
                        INSERT INTO platform.idempotency_keys (customer_id, key, fingerprint, created_at)
                        VALUES (:c, :k, :f, :at) ON CONFLICT (customer_id, key) DO NOTHING""")
                .bind("c", customerId).bind("k", key).bind("f", fingerprint).bind("at", now)
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    private Mono<ResponseEntity<byte[]>> replay(UUID customerId, String key, String fingerprint) {
        return db.sql("SELECT fingerprint, status, content_type, body, created_at FROM platform.idempotency_keys"
                        + " WHERE customer_id = :c AND key = :k")
                .bind("c", customerId).bind("k", key)
                .map(row -> new Stored(row.get("fingerprint", String.class), row.get("status", Integer.class),
                        row.get("content_type", String.class), row.get("body", byte[].class),
                        row.get("created_at", Instant.class)))
                .one()
                .flatMap(stored -> {
                    if (!stored.fingerprint().equals(fingerprint)) {
                        return Mono.error(REUSED.problem(Message.of("platform.idempotency-key.reused")));
                    }
                    return Mono.just(entity(new Written(HttpStatus.valueOf(stored.status()),
                            MediaType.parseMediaType(stored.contentType()), stored.body()), true));
                });
    }

    private record Written(HttpStatus status, MediaType contentType, byte[] body) {
    }

    private Written written(Answer answer, ServerHttpRequest request) {
        if (answer.problem() != null) {
            return new Written(answer.status(), MediaType.APPLICATION_PROBLEM_JSON, json.writeValueAsBytes(
                    ProblemResponses.body(answer.problem(), request.getPath().value(), ProblemMessages.standard(),
                    ProblemMessages.of(request.getHeaders()))));
        }
        return new Written(answer.status(), MediaType.APPLICATION_JSON,
                answer.body() == null ? new byte[0] : json.writeValueAsBytes(answer.body()));
    }

    private Mono<Written> keep(UUID customerId, String key, Written answer) {
        return db.sql("UPDATE platform.idempotency_keys SET status = :s, content_type = :t, body = :b"
                        + " WHERE customer_id = :c AND key = :k")
                .bind("s", answer.status().value()).bind("t", answer.contentType().toString())
                .bind("b", answer.body()).bind("c", customerId).bind("k", key)
                .fetch().rowsUpdated().thenReturn(answer);
    }

    private static ResponseEntity<byte[]> entity(Written answer, boolean replayed) {
        var builder = ResponseEntity.status(answer.status()).contentType(answer.contentType());
        if (replayed) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.body(answer.body());
    }

    private String fingerprint(ServerHttpRequest request, Object body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod().name() + " " + request.getPath().value() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
