package io.accountsuite.platform.autoconfigure;

import io.accountsuite.platform.apidocs.ApiDocsProperties;
import io.accountsuite.platform.apidocs.ArraySafeJavadoc;
import io.accountsuite.platform.apidocs.NullableComponents;
import io.accountsuite.platform.apidocs.ProblemAnswers;
import io.accountsuite.platform.apidocs.SharedApiDescription;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.security.PlatformSecurityProperties;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.configuration.SpringDocJavadocConfiguration;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The parts of every application's OpenAPI description (springdoc, {@code /internal/api-docs}) that are the same
 * everywhere, so no service repeats them: title and version, the bearer-token scheme, the problem+json shape and the
 * refusals API.md gives every endpoint. The {@link Caller} parameter is filled from the token, not from the request,
 * so it is left out of every operation.
 */
@AutoConfiguration(before = SpringDocJavadocConfiguration.class)
@ConditionalOnClass(OpenAPI.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties({ApiDocsProperties.class, PlatformSecurityProperties.class})
public class PlatformApiDocsAutoConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    SharedApiDescription sharedApiDescription(ApiDocsProperties properties, Environment environment) {
        return new SharedApiDescription(properties, environment.getProperty("spring.application.name", "application"));
    }

    /** Handler and record Javadoc as operation summaries and property descriptions (root pom: therapi scribe). */
    @Bean
    ArraySafeJavadoc arraySafeJavadoc() {
        return new ArraySafeJavadoc();
    }

    @Bean
    NullableComponents nullableComponents() {
        return new NullableComponents();
    }

    @Bean
    ProblemAnswers problemAnswers(PlatformSecurityProperties security) {
        return new ProblemAnswers(security.publicPaths());
    }
}
