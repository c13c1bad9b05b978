package io.accountsuite.platform.autoconfigure;

import io.accountsuite.platform.problem.ProblemResponses;
import io.accountsuite.platform.problem.ProblemWebExceptionHandler;
import io.accountsuite.platform.problem.RequestSizeLimit;
import io.accountsuite.platform.problem.TextWithoutNul;
import io.accountsuite.platform.security.CallerArgumentResolver;
import io.accountsuite.platform.security.PlatformSecurityProperties;
import io.accountsuite.platform.security.ProblemSecurityHandlers;
import io.accountsuite.platform.security.ResourceServerSecurity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import tools.jackson.databind.JacksonModule;

/** Problem+json errors, request size limits, the caller parameter and resource-server security. */
@AutoConfiguration(before = {ErrorWebFluxAutoConfiguration.class, ReactiveWebSecurityAutoConfiguration.class,
        ReactiveOAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class PlatformWebAutoConfiguration {

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    /** Ahead of Boot's own error handler (order -1), so every error is a problem+json. */
    @Bean
    @Order(-2)
    ProblemWebExceptionHandler problemWebExceptionHandler(ProblemResponses responses) {
        return new ProblemWebExceptionHandler(responses);
    }

    /** Boot registers every JacksonModule bean with the JSON mapper that reads request bodies. */
    @Bean
    JacksonModule textWithoutNul() {
        return TextWithoutNul.module();
    }

    @Bean
    RequestSizeLimit requestSizeLimit(@Value("${platform.web.max-request-size:256KB}") DataSize max) {
        return new RequestSizeLimit(max);
    }

    @Bean
    WebFluxConfigurer callerParameter() {
        return new WebFluxConfigurer() {
            @Override
            public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
                configurer.addCustomResolver(new CallerArgumentResolver());
            }
        };
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(ProblemResponses responses) {
        return new ProblemSecurityHandlers(responses);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    SecurityWebFilterChain resourceServerSecurity(ServerHttpSecurity http, PlatformSecurityProperties properties,
                                                  ProblemSecurityHandlers problems) {
        return ResourceServerSecurity.chain(http, properties, problems);
    }
}
