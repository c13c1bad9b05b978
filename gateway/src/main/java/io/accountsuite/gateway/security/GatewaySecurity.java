package io.accountsuite.gateway.security;

import java.util.List;

import io.accountsuite.gateway.backend.IdentityClient;
import io.accountsuite.platform.problem.ProblemResponses;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.security.ProblemSecurityHandlers;
import io.accountsuite.platform.security.ResourceServerSecurity;
import io.accountsuite.platform.security.TrustedProxies;
import io.accountsuite.platform.security.sessions.SessionRevocations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Who may pass the gateway. API clients present a bearer token; the web page presents the token in a cookie and,
 * for every write, a CSRF token (double-submit cookie). Tokens are checked against identity-service's keys, issuer
 * and audience, and against the sessions identity ended. Pages answer unauthenticated visitors with the sign-in
 * page, the API with a 401 problem; a browser without the role a page needs reads a 403 page, the API a 403
 * problem.
 */
@Configuration
class GatewaySecurity {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:;"
            + " connect-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'";

    private static final List<String> PUBLIC_API = List.of("/api/auth/login", "/api/auth/register",
            "/api/auth/refresh", "/.well-known/jwks.json", "/api/catalog", "/api/account/email/verification",
            "/api/docs", "/api/docs/openapi.json");

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http, TokenCookies cookies,
                                                ProblemSecurityHandlers problems, ProblemResponses responses,
                                                SessionRevocations revocations, IdentityClient identity,
                                                TrustedProxies proxies) {
        var entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(
                        new PathPatternParserServerWebExchangeMatcher("/api/**"), problems));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint("/login"));
        var denied = new PageAccessDenied(problems);

        var csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        var csrfHandler = new ServerCsrfTokenRequestAttributeHandler();

        return http
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(csrfHandler)
                        .requireCsrfProtectionMatcher(browserWrites(cookies))
                        // Refused like every other refusal: problem+json, here csrf-token-invalid.
                        .accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.mode(
                                XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .authorizeExchange(exchanges -> exchanges
                        // Only on the management port (ResourceServerSecurity says why).
                        .pathMatchers("/actuator/**").permitAll()
                        // springdoc's description of the gateway alone: read in-process by /api/docs/openapi.json.
                        .pathMatchers("/internal/**").denyAll()
                        .pathMatchers(PUBLIC_API.toArray(String[]::new)).permitAll()
                        .pathMatchers("/login", "/logout", "/signup", "/verify-email", "/css/**", "/js/**",
                                "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .pathMatchers("/api/admin/**", "/admin", "/admin/**").hasRole(Caller.ADMIN)
                        .anyExchange().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .bearerTokenConverter(new CookieOrHeaderBearerToken(cookies))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(denied)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(ResourceServerSecurity.authentication("roles"))))
                .addFilterBefore(new CookieSessionRefresh(cookies, identity, proxies),
                        SecurityWebFiltersOrder.AUTHENTICATION)
                .addFilterAfter(new EndedSessionRefusal(revocations, responses, cookies),
                        SecurityWebFiltersOrder.AUTHENTICATION)
                .addFilterAfter(csrfCookieWriter(), SecurityWebFiltersOrder.CSRF)
                .build();
    }

    /**
     * CSRF protection applies to writes a browser could be tricked into: those carrying our session cookies, and
     * the page's own forms. Only a request authenticated by its own bearer token carries no ambient authority; any
     * other Authorization header leaves the cookie in charge and the CSRF check with it (OWASP ASVS v5 3.5.1).
     */
    private static ServerWebExchangeMatcher browserWrites(TokenCookies cookies) {
        return exchange -> {
            var request = exchange.getRequest();
            boolean unsafe = !List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE)
                    .contains(request.getMethod());
            boolean bearer = CookieOrHeaderBearerToken.carriesBearer(request);
            boolean page = !request.getPath().value().startsWith("/api/");
            return unsafe && !bearer && (cookies.hasSession(exchange) || page)
                    ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
    }

    /** WebFlux creates the CSRF token lazily; subscribing to it makes the cookie reach the browser. */
    private static WebFilter csrfCookieWriter() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return (token == null ? Mono.<CsrfToken>empty() : token).then(chain.filter(exchange));
        };
    }

}
