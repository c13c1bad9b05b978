package io.accountsuite.platform.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Every service is an OAuth2 resource server: access tokens are JWTs checked against identity-service's JWKS.
 * The services are APIs called with bearer tokens, never with cookies, so they keep no session and need no CSRF
 * token (the gateway protects the cookie-authenticated page).
 */
public final class ResourceServerSecurity {

    private ResourceServerSecurity() {
    }

    public static SecurityWebFilterChain chain(ServerHttpSecurity http, PlatformSecurityProperties properties,
                                               ProblemSecurityHandlers problems) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
                            "/actuator/prometheus", "/actuator/info").permitAll();
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
                .build();
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
