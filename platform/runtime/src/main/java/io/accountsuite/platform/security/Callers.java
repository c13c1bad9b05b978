package io.accountsuite.platform.security;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Mono;

/** The current caller, read from the reactive security context. */
public final class Callers {

    static final String ROLE_PREFIX = "ROLE_";

    private Callers() {
    }

    public static Mono<Caller> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(Callers::from)
                .switchIfEmpty(Mono.error(() -> ProblemType.UNAUTHENTICATED.problem(Message.of("platform.sign-in"))));
    }

    static Caller from(Authentication authentication) {
        UUID id;
        try {
            id = UUID.fromString(authentication.getName());
        } catch (IllegalArgumentException e) {
            throw ProblemType.UNAUTHENTICATED.problem(Message.of("platform.token-without-customer"));
        }
        return new Caller(id, roles(authentication.getAuthorities()));
    }

    private static Set<String> roles(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(ROLE_PREFIX))
                .map(a -> a.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
