package io.accountsuite.platform.security;

import java.util.UUID;
import java.util.function.Function;

import io.accountsuite.platform.problem.ApiProblem;
import reactor.core.publisher.Mono;

/**
 * Owner checks. Another customer's resource answers exactly as a missing one (404), so ids cannot be probed.
 *
 * <pre>{@code
 * sites.findById(id).transform(Ownership.ownedBy(caller, Site::customerId, "site"))
 * }</pre>
 */
public final class Ownership {

    private Ownership() {
    }

    /** The looked-up resource if the caller owns it, else 404 {@code not-found} naming {@code what}. */
    public static <T> Function<Mono<T>, Mono<T>> ownedBy(Caller caller, Function<T, UUID> owner, String what) {
        return lookup -> lookup
                .filter(resource -> caller.is(owner.apply(resource)))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound(what)));
    }
}
