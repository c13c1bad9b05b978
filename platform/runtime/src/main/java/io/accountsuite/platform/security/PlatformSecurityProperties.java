package io.accountsuite.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths        path patterns any caller may use without a token (health probes are always public)
 * @param rolesClaim         the access-token claim that lists the caller's roles
 * @param issuer             the {@code iss} access tokens must carry (identity-service's, OWASP ASVS v5 9.2.3)
 * @param audience           the {@code aud} access tokens must name: this suite's API
 * @param endedSessionPaths  requests ("METHOD /path") a token of an ended session may still make
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(List<String> publicPaths, String rolesClaim, String issuer, String audience,
                                         List<String> endedSessionPaths) {

    public PlatformSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
        issuer = issuer == null ? "account-suite" : issuer;
        audience = audience == null ? "account-suite" : audience;
        endedSessionPaths = endedSessionPaths == null ? List.of() : List.copyOf(endedSessionPaths);
    }
}
