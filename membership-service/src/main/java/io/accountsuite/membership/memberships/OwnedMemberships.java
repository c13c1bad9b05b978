package io.accountsuite.membership.memberships;

import io.accountsuite.platform.security.OwnedLookup;
import org.springframework.stereotype.Component;

/** A customer's own membership, or 404 as if it did not exist. */
@Component
public class OwnedMemberships extends OwnedLookup<Membership> {

    public OwnedMemberships(Memberships memberships) {
        super("membership", Membership::customerId, memberships::find, memberships::lock);
    }
}
