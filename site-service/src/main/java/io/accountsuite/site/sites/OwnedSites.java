package io.accountsuite.site.sites;

import java.util.UUID;

import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.security.Ownership;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The caller's own site, or 404 as if it did not exist. */
@Component
public class OwnedSites {

    private final Sites sites;

    public OwnedSites(Sites sites) {
        this.sites = sites;
    }

    public Mono<Site> find(Caller caller, UUID id) {
        return sites.find(id).transform(Ownership.ownedBy(caller, Site::customerId, "site"));
    }

    /** The caller's site, locked for a write inside the calling transaction. */
    public Mono<Site> lock(Caller caller, UUID id) {
        return sites.lock(id).transform(Ownership.ownedBy(caller, Site::customerId, "site"));
    }
}
