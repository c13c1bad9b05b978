package io.accountsuite.platform.health;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import reactor.core.publisher.Mono;

/** Readiness depends on the broker: a service that cannot publish or consume events should not take traffic. */
public class KafkaHealthIndicator extends AbstractReactiveHealthIndicator implements DisposableBean {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private final AdminClient admin;

    public KafkaHealthIndicator(Map<String, Object> adminConfig) {
        super("Kafka is not reachable");
        this.admin = AdminClient.create(adminConfig);
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
        return Mono.fromFuture(cluster.nodes().toCompletionStage().toCompletableFuture())
                .timeout(TIMEOUT)
                .map(nodes -> nodes.isEmpty() ? builder.down().build()
                        : builder.up().withDetail("brokers", nodes.size()).build());
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(2));
    }
}
