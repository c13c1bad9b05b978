package io.accountsuite.identity.account;

import java.time.Instant;
import java.util.UUID;

import io.accountsuite.identity.audit.Audit;
import io.accountsuite.identity.customer.EmailVerifications;
import io.accountsuite.platform.security.TrustedProxies;
import io.accountsuite.identity.token.TokenPair;
import io.accountsuite.platform.security.Caller;
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

    @GetMapping("/profile")
    Mono<Profile> profile(Caller caller) {
        return changes.activeCustomer(caller.customerId())
                .zipWith(verifications.standing(caller.customerId()))
                .map(t -> new Profile(t.getT1().id(), t.getT1().email(), t.getT1().name(), t.getT1().createdAt(),
                        t.getT2().verified(), t.getT2().pendingEmail().orElse(null), t.getT1().language().value()));
    }

    /**
     * 200 with the whole profile once changed; 400 {@code validation-failed} on field {@code language} for any
     * value but {@code en} and {@code fr}. Choosing the language the caller already has changes nothing.
     */
    @PatchMapping("/profile")
    Mono<Profile> changeProfile(@RequestBody ProfilePatch body, Caller caller) {
        return profiles.chooseLanguage(caller.customerId(), body.language()).then(Mono.defer(() -> profile(caller)));
    }

    /** 200 with a fresh token pair for the caller: every other session has ended. */
    @PostMapping("/password")
    Mono<TokenPair> changePassword(@Valid @RequestBody PasswordChange body, Caller caller,
                                   ServerHttpRequest request) {
        String address = addresses.passedClientOf(request);
        return changes.changePassword(caller.customerId(), body.currentPassword(), body.newPassword(),
                        body.newPasswordConfirmation(), address)
                .doOnNext(p -> Audit.record("password-change", caller.customerId(), address, "succeeded"))
                .doOnError(e -> Audit.record("password-change", caller.customerId(), address, "refused"));
    }

    /** 204: the change waits for the new address to be verified (a link is mailed to it); see the profile. */
    @PostMapping("/email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> changeEmail(@Valid @RequestBody EmailChange body, Caller caller, ServerHttpRequest request) {
        String address = addresses.passedClientOf(request);
        return changes.changeEmail(caller.customerId(), body.password(), body.newEmail(), address)
                .doOnSuccess(v -> Audit.record("email-change", caller.customerId(), address, "succeeded"))
                .doOnError(e -> Audit.record("email-change", caller.customerId(), address, "refused"));
    }
}
