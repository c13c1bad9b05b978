package io.accountsuite.identity.login;

import java.util.Map;
import java.util.UUID;

import io.accountsuite.identity.audit.Audit;
import io.accountsuite.identity.customer.Language;
import io.accountsuite.identity.token.Sessions;
import io.accountsuite.identity.token.TokenPair;
import io.accountsuite.platform.security.Callers;
import io.accountsuite.platform.security.TrustedProxies;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Sign-up, sign-in, token refresh and sign-out. */
@RestController
@RequestMapping("/api/auth")
@RequiredArgsConstructor
class AuthController {

    private final SignUps signUps;
    private final Authentication authentication;
    private final Sessions sessions;
    private final TrustedProxies addresses;

    record SignUp(@NotNull @Size(max = 254) String email, @NotNull @Size(max = 1024) String password,
                  @NotNull @Size(max = 200) String name) {
    }

    record SignIn(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 1024) String password) {
    }

    record Refresh(@NotBlank @Size(max = 200) String refreshToken) {
    }

    /**
     * Registers a new customer account with an email, a password and a name.
     *
     * 202 with the same answer whether the email was free or already has an account, so the answer does not tell who
     * has an account here (OWASP ASVS v5 6.3.8); the owner of a taken email is told by mail. A new account signs in
     * next. Departure from API.md (201 with tokens). A new account speaks the request's {@code Accept-Language}
     * ({@code en} or {@code fr}, which the gateway passes on; English for any other).
     */
    @ApiResponse(responseCode = "400", description = "Invalid fields (errors[]): email, password rules, name")
    @ApiResponse(responseCode = "429", description = "Too many registrations from this address; try again after "
            + "Retry-After")
    @PostMapping("/register")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Map<String, Object>> register(@Valid @RequestBody SignUp body, ServerHttpRequest request) {
        String address = addresses.passedClientOf(request);
        Language language = Language.accepted(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
        return signUps.signUp(body.email(), body.password(), body.name(), language, address)
                .thenReturn(Map.of("status", "accepted", "next",
                        "Sign in with this email and password. If the email already had an account, nothing changed."));
    }

    /**
     * Signs in with an email and a password, answering a token pair.
     *
     * 200 with a bearer access token (a JWT; expiresIn in seconds), the refresh token of a new session and the
     * customer's {@code language}, so that the gateway can set its cookie at sign-in. An unknown email and a wrong
     * password get the same answer. Attempts are throttled per account and per client address (OWASP ASVS v5 6.3.1).
     */
    @ApiResponse(responseCode = "200", description = "The token pair of a new session")
    @ApiResponse(responseCode = "401", description = "Wrong email or password (the same answer for an unknown email)")
    @ApiResponse(responseCode = "429", description = "Too many sign-in attempts for this account or address; try "
            + "again after Retry-After")
    @PostMapping("/login")
    Mono<TokenPair> login(@Valid @RequestBody SignIn body, ServerHttpRequest request) {
        return authentication.login(body.email(), body.password(), addresses.passedClientOf(request));
    }

    /**
     * Exchanges a refresh token for a new token pair of the same session.
     *
     * An ended or expired session's refresh token is refused.
     */
    @ApiResponse(responseCode = "200", description = "The token pair that replaces the one refreshed")
    @ApiResponse(responseCode = "401", description = "The refresh token is not valid (unknown, expired or its session "
            + "ended); sign in again")
    @PostMapping("/refresh")
    Mono<TokenPair> refresh(@Valid @RequestBody Refresh body, ServerHttpRequest request) {
        String address = addresses.passedClientOf(request);
        return sessions.refresh(body.refreshToken())
                .doOnNext(p -> Audit.record("refresh", null, address, "succeeded"))
                .doOnError(e -> Audit.record("refresh", null, address, "refused"));
    }

    /** Ends the caller's session (the one its access token belongs to). */
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> logout(ServerHttpRequest request) {
        String address = addresses.passedClientOf(request);
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> (JwtAuthenticationToken) context.getAuthentication())
                .flatMap(token -> sessions.close(UUID.fromString(token.getName()),
                                UUID.fromString(token.getToken().getClaimAsString("sid")))
                        .doOnSuccess(v -> Audit.record("logout", UUID.fromString(token.getName()), address,
                                "succeeded")))
                .switchIfEmpty(Callers.current().then());
    }
}
