package io.accountsuite.gateway.backend;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the gateway finds each service ({@code gateway.backends.*}, set from {@code IDENTITY_URL} … {@code NOTIFICATION_URL};
 * README "Configuration"). The one source for the routes of the public API (application.yml), the page's composition,
 * the identity client of the sign-in page and the page's actions.
 */
@ConfigurationProperties("gateway.backends")
public record BackendUrls(URI identity, URI membership, URI billing, URI site, URI domain, URI notification) {

    public URI url(Backend backend) {
        return switch (backend) {
            case IDENTITY -> identity;
            case MEMBERSHIP -> membership;
            case BILLING -> billing;
            case SITE -> site;
            case DOMAIN -> domain;
            case NOTIFICATION -> notification;
        };
    }
}
