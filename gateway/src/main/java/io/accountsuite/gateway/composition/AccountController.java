package io.accountsuite.gateway.composition;

import java.util.Map;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    /**
     * Retrieves every block of the caller's account page in one call, composed from every service.
     *
     * 200 whenever the caller is signed in: a block whose service cannot answer in time (800 ms by default,
     * {@code gateway.composition.block-timeout}) is marked temporarily unavailable and the rest is whole.
     */
    @ApiResponse(responseCode = "200", description = "Every block of the page; a block that could not be read says so")
    @ApiResponse(responseCode = "429", description = "too-many-requests: the caller already has as many composed "
            + "requests under way as allowed (gateway.composition.max-in-flight-per-customer); Retry-After: 1")
    @GetMapping("/api/account")
    Mono<AccountPage> account() {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> ((JwtAuthenticationToken) context.getAuthentication()).getToken().getTokenValue())
                .flatMap(composition::compose);
    }
}
