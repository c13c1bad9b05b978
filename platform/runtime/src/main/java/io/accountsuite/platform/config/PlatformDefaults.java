package io.accountsuite.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Settings every application shares (probes, metrics, JSON logs, Kafka delivery guarantees, token validation),
 * added with the lowest precedence so an application, the environment or a test can override any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    public static final String SOURCE = "platform-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        load(SOURCE).forEach(source -> environment.getPropertySources().addLast(source));
    }

    /** Runs before the defaults of other platform modules, which place themselves ahead of these. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    public static List<PropertySource<?>> load(String file) {
        try {
            return new PropertiesPropertySourceLoader().load(file, new ClassPathResource(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
