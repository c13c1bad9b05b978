package io.accountsuite.site.sites;

import io.accountsuite.platform.security.OwnedLookup;
import org.springframework.stereotype.Component;

/** The caller's own site, or 404 as if it did not exist. */
@Component
public class OwnedSites extends OwnedLookup<Site> {

    public OwnedSites(Sites sites) {
        super("site", Site::customerId, sites::find, sites::lock);
    }
}
