package io.accountsuite.platform.autoconfigure;

import io.accountsuite.platform.apidocs.ApiDocsProperties;
import io.accountsuite.platform.apidocs.NullableComponents;
import io.accountsuite.platform.apidocs.ProblemAnswers;
import io.accountsuite.platform.apidocs.SharedApiDescription;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.security.PlatformSecurityProperties;
import io.swagger.v3.oas.models.OpenAPI;
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
@AutoConfiguration
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

    @Bean
    NullableComponents nullableComponents() {
        return new NullableComponents();
    }

    @Bean
    ProblemAnswers problemAnswers(PlatformSecurityProperties security) {
        return new ProblemAnswers(security.publicPaths());
    }
}
