package io.accountsuite.platform.security;

import java.time.Duration;
import java.util.List;

import io.accountsuite.platform.apidocs.ApiDocsProperties;
import io.accountsuite.platform.security.sessions.EndedSessionFilter;
import io.netty.channel.ChannelOption;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * Every service is an OAuth2 resource server: access tokens are JWTs checked against identity-service's JWKS, its
 * issuer and this suite's audience ({@link #decoder}), and against the sessions identity ended
 * ({@link EndedSessionFilter}).
 * The services are APIs called with bearer tokens, never with cookies, so they keep no session and need no CSRF
 * token (the gateway protects the cookie-authenticated page).
 */
public final class ResourceServerSecurity {

    private ResourceServerSecurity() {
    }

    public static SecurityWebFilterChain chain(ServerHttpSecurity http, PlatformSecurityProperties properties,
                                               ProblemSecurityHandlers problems, EndedSessionFilter endedSessions) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeExchange(exchanges -> {
                    // The actuator answers only on the management port, which only the cluster's probes, Prometheus
                    // and an operator's port-forward reach (deploy/base/network-policies.yaml); the public port has
                    // no actuator route at all (StandardEndpointsContract).
                    exchanges.pathMatchers("/actuator/**").permitAll();
                    // The API's description: public knowledge, and only the gateway reaches a service (ApiDocsProperties).
                    exchanges.pathMatchers(ApiDocsProperties.PATH).permitAll();
                    if (!properties.publicPaths().isEmpty()) {
                        exchanges.pathMatchers(properties.publicPaths().toArray(String[]::new)).permitAll();
                    }
                    exchanges.pathMatchers("/api/admin/**").hasRole(Caller.ADMIN)
                            .anyExchange().authenticated();
                })
                .oauth2ResourceServer(oauth -> oauth
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication(properties.rolesClaim()))))
                .addFilterAfter(endedSessions, SecurityWebFiltersOrder.AUTHENTICATION)
                .build();
    }

    /**
     * Verifies access tokens: RS256 signatures from the JWKS, the expiry, {@code iss} and {@code aud}
     * (OWASP ASVS v5 9.2.1, 9.2.3); a token already verified is remembered until its claims lapse
     * ({@link VerifiedTokens}). The JWKS is fetched on the first token and again for an unknown key id, within
     * {@link #JWKS_CONNECT_TIMEOUT} and {@link #JWKS_RESPONSE_TIMEOUT}: an identity-service that hangs fails that
     * request (503, like any dependency that is down) instead of holding it, and every request behind it, forever.
     */
    public static ReactiveJwtDecoder decoder(String jwkSetUri, PlatformSecurityProperties properties) {
        OAuth2TokenValidator<Jwt> claims = validator(properties);
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri)
                .webClient(jwksClient())
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(claims);
        return new VerifiedTokens(decoder, claims);
    }

    /** How long fetching the JWKS may wait for a connection. */
    public static final Duration JWKS_CONNECT_TIMEOUT = Duration.ofSeconds(1);

    /** How long fetching the JWKS may wait for identity-service's answer once connected. */
    public static final Duration JWKS_RESPONSE_TIMEOUT = Duration.ofSeconds(3);

    private static WebClient jwksClient() {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) JWKS_CONNECT_TIMEOUT.toMillis())
                .responseTimeout(JWKS_RESPONSE_TIMEOUT);
        return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }

    /** The claims every access token must carry besides a good signature: the expiry, {@code iss}, {@code aud}. */
    public static OAuth2TokenValidator<Jwt> validator(PlatformSecurityProperties properties) {
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(properties.audience()));
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuer()),
                audience);
    }

    /** Access tokens name the customer in {@code sub} and their roles in the given claim. */
    public static ReactiveJwtAuthenticationConverterAdapter authentication(String rolesClaim) {
        var roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(rolesClaim);
        roles.setAuthorityPrefix(Callers.ROLE_PREFIX);
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
