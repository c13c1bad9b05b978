package io.accountsuite.testkit;

import java.time.Duration;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Points an application under test at the shared real PostgreSQL (its own database, named by
 * {@code platform.database}) and Kafka broker, and at the test token issuer's keys; gives its WebTestClient a
 * response timeout fit for a loaded two-core machine.
 */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        TestPropertyValues values = TestPropertyValues.of(
                "spring.kafka.bootstrap-servers=" + Infrastructure.kafkaBootstrapServers(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.jwksUri(),
                "platform.inbox.initial-backoff=100ms",
                "platform.inbox.max-backoff=500ms",
                "platform.outbox.poll-interval=2s");
        String database = environment.getProperty("platform.database");
        if (database != null) {
            PostgresServer postgres = Infrastructure.postgres();
            postgres.createDatabase(database);
            values = values.and(
                    "spring.r2dbc.url=" + postgres.r2dbcUrl(database),
                    "spring.r2dbc.username=" + postgres.user(),
                    "spring.r2dbc.password=" + postgres.password(),
                    "spring.flyway.url=" + postgres.jdbcUrl(database),
                    "spring.flyway.user=" + postgres.user(),
                    "spring.flyway.password=" + postgres.password());
        }
        values.applyTo(environment);
        // WebTestClient gives up after 5 s by default; on two shared cores a request behind a key generation or a
        // password hash can take that long. Speed is measured in bench/, so tests wait longer rather than flake.
        context.getBeanFactory().registerSingleton("testKitResponseTimeout",
                (WebTestClientBuilderCustomizer) builder -> builder.responseTimeout(Duration.ofSeconds(30)));
    }
}
