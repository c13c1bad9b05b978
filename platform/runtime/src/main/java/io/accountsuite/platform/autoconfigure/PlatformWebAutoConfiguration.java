package io.accountsuite.platform.autoconfigure;

import java.util.List;

import io.accountsuite.platform.problem.ProblemMessages;
import io.accountsuite.platform.problem.ProblemResponses;
import io.accountsuite.platform.problem.ProblemWebExceptionHandler;
import io.accountsuite.platform.problem.MalformedForms;
import io.accountsuite.platform.problem.RequestSizeLimit;
import io.accountsuite.platform.problem.StrictJsonTypes;
import io.accountsuite.platform.problem.TextWithoutNul;
import io.accountsuite.platform.security.CallerArgumentResolver;
import io.accountsuite.platform.security.PlatformSecurityProperties;
import io.accountsuite.platform.security.ProblemSecurityHandlers;
import io.accountsuite.platform.security.ResourceServerSecurity;
import io.accountsuite.platform.security.TrustedProxies;
import io.accountsuite.platform.security.sessions.EndedSessionFilter;
import io.accountsuite.platform.security.sessions.SessionRevocations;
import io.accountsuite.platform.web.UnreadBodyClosesConnection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.i18n.LocaleContextResolver;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem+json errors in the request's language, request size limits, the caller parameter and resource-server
 * security.
 */
@AutoConfiguration(before = {ErrorWebFluxAutoConfiguration.class, ReactiveWebSecurityAutoConfiguration.class,
        ReactiveOAuth2ResourceServerAutoConfiguration.class, WebFluxAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class PlatformWebAutoConfiguration {

    /** The problem bundles of the classpath: {@code problems/platform} and the service's own. */
    @Bean
    @ConditionalOnMissingBean
    ProblemMessages problemMessages() {
        return ProblemMessages.standard();
    }

    /**
     * The request's language, as {@code exchange.getLocaleContext()} gives it: the best of en and fr the
     * {@code Accept-Language} header asks for (the gateway sends the customer's choice), English without one or for
     * any other. Replaces Boot's resolver of that name, which has no supported locales.
     */
    @Bean(WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
    @ConditionalOnMissingBean(name = WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
    LocaleContextResolver localeContextResolver() {
        return ProblemMessages.localeContextResolver();
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper json, ProblemMessages messages) {
        return new ProblemResponses(json, messages);
    }

    /** Ahead of Boot's own error handler (order -1), so every error is a problem+json. */
    @Bean
    @Order(-2)
    ProblemWebExceptionHandler problemWebExceptionHandler(ProblemResponses responses) {
        return new ProblemWebExceptionHandler(responses);
    }

    /** Boot applies it to the JSON mapper that reads request bodies: no guessing a yes/no or a text from a number. */
    @Bean
    StrictJsonTypes strictJsonTypes() {
        return new StrictJsonTypes();
    }

    /** Boot registers every JacksonModule bean with the JSON mapper that reads request bodies. */
    @Bean
    JacksonModule textWithoutNul() {
        return TextWithoutNul.module();
    }

    @Bean
    UnreadBodyClosesConnection unreadBodyClosesConnection() {
        return new UnreadBodyClosesConnection();
    }

    @Bean
    RequestSizeLimit requestSizeLimit(@Value("${platform.web.max-request-size:256KB}") DataSize max) {
        return new RequestSizeLimit(max);
    }

    @Bean
    MalformedForms malformedForms() {
        return new MalformedForms();
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

    /** {@code platform.web.trusted-proxies}: CIDR blocks of the proxies in front of this application. */
    @Bean
    TrustedProxies trustedProxies(@Value("${platform.web.trusted-proxies:127.0.0.1/32,::1/128}") List<String> proxies) {
        return new TrustedProxies(proxies);
    }

    @Bean
    @ConditionalOnMissingBean(ReactiveJwtDecoder.class)
    ReactiveJwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
                                  PlatformSecurityProperties properties) {
        return ResourceServerSecurity.decoder(jwkSetUri, properties);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    SecurityWebFilterChain resourceServerSecurity(ServerHttpSecurity http, PlatformSecurityProperties properties,
                                                  ProblemSecurityHandlers problems, ProblemResponses responses,
                                                  SessionRevocations revocations) {
        // Not a bean: WebFlux would also run every WebFilter bean outside the security chain.
        var endedSessions = new EndedSessionFilter(revocations, responses, properties.endedSessionPaths());
        return ResourceServerSecurity.chain(http, properties, problems, endedSessions);
    }
}
