package io.accountsuite.identity.account;

import java.time.Instant;
import java.util.UUID;

import io.accountsuite.identity.audit.Audit;
import io.accountsuite.identity.customer.EmailVerifications;
import io.accountsuite.platform.security.TrustedProxies;
import io.accountsuite.identity.token.TokenPair;
import io.accountsuite.platform.security.Caller;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's own account: profile, password, email. */
@RestController
@RequestMapping("/api/account")
@RequiredArgsConstructor
class AccountController {

    private final CredentialChanges changes;
    private final ProfileChanges profiles;
    private final EmailVerifications verifications;
    private final TrustedProxies addresses;

    /**
     * The caller's profile. {@code emailVerified}: whether the sign-in address is proven theirs (the page asks them
     * to open the link until it is); {@code pendingEmail}: the address a requested change waits on, else null;
     * {@code language}: the language the suite speaks to them in, {@code en} or {@code fr} (issue 21).
     */
    record Profile(UUID id, String email, String name, Instant createdAt, boolean emailVerified,
                   @Nullable String pendingEmail, String language) {
    }

    /**
     * A change of the profile, JSON merge-patch style (RFC 7396): only {@code language} can change for now, and it
     * cannot be removed (null is refused like any word but {@code en} and {@code fr}); other members are ignored.
     */
    record ProfilePatch(@Nullable String language) {
    }

    record PasswordChange(@NotBlank @Size(max = 1024) String currentPassword,
                          @NotBlank @Size(max = 1024) String newPassword,
                          @NotBlank @Size(max = 1024) String newPasswordConfirmation) {
    }

    record EmailChange(@NotBlank @Size(max = 1024) String password, @NotBlank @Size(max = 254) String newEmail) {
    }

    /**
     * Retrieves the caller's profile.
     *
     * The id, sign-in email, name, creation time, whether the email is verified ({@code emailVerified}), the
     * address a requested email change waits on ({@code pendingEmail}, else null) and the {@code language} of the
     * customer's pages and mails ({@code en} or {@code fr}).
     */
    @GetMapping("/profile")
    Mono<Profile> profile(Caller caller) {
        return changes.activeCustomer(caller.customerId())
                .zipWith(verifications.standing(caller.customerId()))
                .map(t -> new Profile(t.getT1().id(), t.getT1().email(), t.getT1().name(), t.getT1().createdAt(),
                        t.getT2().verified(), t.getT2().pendingEmail().orElse(null), t.getT1().language().value()));
    }

    /**
     * Changes the caller's profile: the language of their pages and mails.
     *
     * 200 with the whole profile once changed; 400 {@code validation-failed} on field {@code language} for any
     * value but {@code en} and {@code fr}. Choosing the language the caller already has changes nothing.
     */
    @PatchMapping("/profile")
    Mono<Profile> changeProfile(@RequestBody ProfilePatch body, Caller caller) {
        return profiles.chooseLanguage(caller.customerId(), body.language()).then(Mono.defer(() -> profile(caller)));
    }

    /**
     * Changes the caller's password, confirmed with the current one, and ends every other session.
     *
     * 200 with a fresh token pair for the caller (the access and refresh tokens of a new session). The current password
     * attempt counts towards sign-in throttling.
     */
    @ApiResponse(responseCode = "200", description = "The token pair of the caller's new session")
    @ApiResponse(responseCode = "400", description = "Wrong current password (field currentPassword), or a new "
            + "password that cannot be used (errors[])")
    @ApiResponse(responseCode = "429", description = "Too many password attempts from this account or address; try "
            + "again after Retry-After")
    @PostMapping("/password")
    Mono<TokenPair> changePassword(@Valid @RequestBody PasswordChange body, Caller caller,
                                   ServerHttpRequest request) {
        String address = addresses.passedClientOf(request);
        return changes.changePassword(caller.customerId(), body.currentPassword(), body.newPassword(),
                        body.newPasswordConfirmation(), address)
                .doOnNext(p -> Audit.record("password-change", caller.customerId(), address, "succeeded"))
                .doOnError(e -> Audit.record("password-change", caller.customerId(), address, "refused"));
    }

    /**
     * Asks for the sign-in email to change, confirmed with the password; a link is mailed to the new address.
     *
     * 204: nothing changes until that link is opened; the profile's pendingEmail shows the waiting address. The answer
     * does not tell whether another account has the address (OWASP ASVS v5 6.3.8). A later request replaces this one.
     */
    @ApiResponse(responseCode = "400", description = "Wrong password (field password), or an invalid or unchanged new "
            + "email (errors[])")
    @ApiResponse(responseCode = "429", description = "One email change request a minute, and password attempts are "
            + "throttled; try again after Retry-After")
    @PostMapping("/email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> changeEmail(@Valid @RequestBody EmailChange body, Caller caller, ServerHttpRequest request) {
        String address = addresses.passedClientOf(request);
        return changes.changeEmail(caller.customerId(), body.password(), body.newEmail(), address)
                .doOnSuccess(v -> Audit.record("email-change", caller.customerId(), address, "succeeded"))
                .doOnError(e -> Audit.record("email-change", caller.customerId(), address, "refused"));
    }
}
