package io.accountsuite.gateway.session;

import java.time.Duration;
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
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The gateway takes traffic only once it has read identity's events as far as they went when it started: before
 * that, a token ended by a password change or a deletion could still pass.
 */
@Component("sessionCutoffsHealthIndicator")
class SessionCutoffReadiness extends AbstractReactiveHealthIndicator implements DisposableBean {

    private final SessionCutoffs cutoffs;
    private final AdminClient admin;
    private volatile Map<Integer, Long> endsAtStart;

    SessionCutoffReadiness(SessionCutoffs cutoffs, KafkaAdmin kafka) {
        super("Session cut-offs are not read yet");
        this.cutoffs = cutoffs;
        this.admin = AdminClient.create(kafka.getConfigurationProperties());
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return endsAtStart().map(ends -> cutoffs.caughtUpWith(ends) ? builder.up().build()
                : builder.outOfService().withDetail("reading", Topics.IDENTITY).build());
    }

    private Mono<Map<Integer, Long>> endsAtStart() {
        Map<Integer, Long> known = endsAtStart;
        if (known != null) {
            return Mono.just(known);
        }
        return Mono.fromFuture(admin.describeTopics(java.util.List.of(Topics.IDENTITY)).allTopicNames()
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
