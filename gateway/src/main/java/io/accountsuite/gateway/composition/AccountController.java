package io.accountsuite.gateway.composition;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** GET /api/account: every block of the page, 200 whenever the caller is signed in. */
@RestController
@RequiredArgsConstructor
class AccountController {

    private final AccountComposition composition;

    @GetMapping("/api/account")
    Mono<AccountPage> account() {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> ((JwtAuthenticationToken) context.getAuthentication()).getToken().getTokenValue())
                .flatMap(composition::compose);
    }
}
