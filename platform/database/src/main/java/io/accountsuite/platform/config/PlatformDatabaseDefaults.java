package io.accountsuite.platform.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Database settings for applications that own a database: addresses from {@code DB_*} variables and readiness
 * that includes the database. Placed just ahead of the shared defaults, still below anything the application or
 * the environment sets.
 */
public class PlatformDatabaseDefaults implements EnvironmentPostProcessor, Ordered {

    private static final String SOURCE = "platform-database-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var sources = environment.getPropertySources();
        PlatformDefaults.load(SOURCE).forEach(source -> {
            if (sources.contains(PlatformDefaults.SOURCE)) {
                sources.addBefore(PlatformDefaults.SOURCE, source);
            } else {
                sources.addLast(source);
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
