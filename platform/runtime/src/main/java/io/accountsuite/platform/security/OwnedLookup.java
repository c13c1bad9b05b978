package io.accountsuite.platform.security;

import java.util.UUID;
import java.util.function.Function;

import reactor.core.publisher.Mono;

/**
 * The one owned lookup of an aggregate (STYLE.md, "owner check"): the caller's own {@code T} by id, read or locked
 * for a write, or 404 {@code not-found} as if it did not exist, so that ids cannot be probed (API.md). A service
 * declares one per aggregate, e.g. {@code class OwnedSites extends OwnedLookup<Site>}.
 */
public class OwnedLookup<T> {

    private final String noun;
    private final Function<T, UUID> owner;
    private final Function<UUID, Mono<T>> find;
    private final Function<UUID, Mono<T>> lock;

    /**
     * @param noun  what the 404 names ("site")
     * @param owner the customer who owns a {@code T}
     * @param find  reads a {@code T} by id
     * @param lock  reads and locks a {@code T} by id ({@code FOR UPDATE}) inside the calling transaction
     */
    protected OwnedLookup(String noun, Function<T, UUID> owner, Function<UUID, Mono<T>> find,
                          Function<UUID, Mono<T>> lock) {
        this.noun = noun;
        this.owner = owner;
        this.find = find;
        this.lock = lock;
    }

    /** The caller's {@code T}; 404 when it does not exist or is another customer's. */
    public Mono<T> find(Caller caller, UUID id) {
        return find.apply(id).transform(Ownership.ownedBy(caller, owner, noun));
    }

    /** The caller's {@code T}, locked for a write inside the calling transaction; 404 as {@link #find}. */
    public Mono<T> lock(Caller caller, UUID id) {
        return lock.apply(id).transform(Ownership.ownedBy(caller, owner, noun));
    }
}
