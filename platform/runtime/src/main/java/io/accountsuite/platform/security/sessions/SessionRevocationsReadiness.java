package io.accountsuite.platform.security.sessions;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.accountsuite.contracts.Topics;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import reactor.core.publisher.Mono;

/**
 * An application takes traffic only once it has read identity's events as far as they went when it started: before
 * that, a token ended by a sign-out, a password change or a deletion could still pass.
 */
public class SessionRevocationsReadiness extends AbstractReactiveHealthIndicator implements DisposableBean {

    private final SessionRevocations revocations;
    private final AdminClient admin;
    private volatile Map<Integer, Long> endsAtStart;

    public SessionRevocationsReadiness(SessionRevocations revocations, KafkaAdmin kafka) {
        super("Session revocations are not read yet");
        this.revocations = revocations;
        this.admin = AdminClient.create(kafka.getConfigurationProperties());
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return endsAtStart().map(ends -> revocations.caughtUpWith(ends) ? builder.up().build()
                : builder.outOfService().withDetail("reading", Topics.IDENTITY).build());
    }

    private Mono<Map<Integer, Long>> endsAtStart() {
        Map<Integer, Long> known = endsAtStart;
        if (known != null) {
            return Mono.just(known);
        }
        return Mono.fromFuture(admin.describeTopics(List.of(Topics.IDENTITY)).allTopicNames()
                        .toCompletionStage().toCompletableFuture())
                .map(topics -> topics.get(Topics.IDENTITY).partitions().stream()
                        .map(p -> new TopicPartition(Topics.IDENTITY, p.partition()))
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .flatMap(request -> Mono.fromFuture(admin.listOffsets(request).all().toCompletionStage()
                        .toCompletableFuture()))
                .map(offsets -> offsets.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                        e -> e.getKey().partition(), e -> e.getValue().offset())))
                .onErrorResume(e -> e instanceof UnknownTopicOrPartitionException
                        || e.getCause() instanceof UnknownTopicOrPartitionException, e -> Mono.just(Map.of()))
                .timeout(Duration.ofSeconds(3))
                .doOnNext(ends -> endsAtStart = ends);
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(2));
    }
}
