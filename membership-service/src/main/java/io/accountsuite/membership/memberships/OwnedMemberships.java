package io.accountsuite.membership.memberships;

import java.util.UUID;

import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.security.Ownership;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** A customer's own membership, or 404 as if it did not exist. */
@Component
public class OwnedMemberships {

    private final Memberships memberships;

    public OwnedMemberships(Memberships memberships) {
        this.memberships = memberships;
    }

    public Mono<Membership> find(Caller caller, UUID id) {
        return memberships.find(id).transform(Ownership.ownedBy(caller, Membership::customerId, "membership"));
    }

    /** Locks the row for a change; call inside the transaction that writes it. */
    public Mono<Membership> lock(Caller caller, UUID id) {
        return memberships.lock(id).transform(Ownership.ownedBy(caller, Membership::customerId, "membership"));
    }
}
