package io.accountsuite.gateway.composition;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the gateway finds each service ({@code gateway.backends.*}, set from {@code IDENTITY_URL} … {@code DOMAIN_URL};
 * README "Configuration"). The one source for the routes of the public API, the page's composition, the identity
 * client of the sign-in page and the page's actions.
 */
@ConfigurationProperties("gateway.backends")
public record BackendUrls(URI identity, URI membership, URI billing, URI site, URI domain) {

    /** Each backend by the name the composition, its breakers and its metrics use. */
    public Map<String, URI> byName() {
        return Map.of("identity", identity, "membership", membership, "billing", billing, "site", site,
                "domain", domain);
    }
}
