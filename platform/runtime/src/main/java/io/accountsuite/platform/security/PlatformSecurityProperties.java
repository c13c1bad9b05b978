package io.accountsuite.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths path patterns any caller may use without a token (health probes are always public)
 * @param rolesClaim  the access-token claim that lists the caller's roles
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(List<String> publicPaths, String rolesClaim) {

    public PlatformSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
    }
}
