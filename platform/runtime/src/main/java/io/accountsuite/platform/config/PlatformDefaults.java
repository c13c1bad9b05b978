package io.accountsuite.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.ClassUtils;

/**
 * Settings every application shares (probes, metrics, JSON logs, Kafka delivery guarantees, database addresses
 * from environment variables), added with the lowest precedence so an application, the environment or a test can
 * override any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (ClassUtils.isPresent("io.r2dbc.spi.ConnectionFactory", getClass().getClassLoader())) {
            addLast(environment, "platform-database-defaults.properties");
        }
        addLast(environment, "platform-defaults.properties");
    }

    private static void addLast(ConfigurableEnvironment environment, String file) {
        try {
            new PropertiesPropertySourceLoader().load(file, new ClassPathResource(file))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
