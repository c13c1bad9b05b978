package io.accountsuite.notification.verification;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/account/email/verification {token}}: the link's token proves the address (no sign-in needed: the
 * mailbox is the proof). 200 {@code {status: "verified", purpose}}; 400 {@code invalid-verification-link}.
 */
@RestController
@RequiredArgsConstructor
class VerificationController {

    private final AddressVerification verification;

    /** A token as minted: 43 base64url characters. */
    record Link(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{43}", message = "{notification.link.token}")
                String token) {
    }

    @PostMapping("/api/account/email/verification")
    Mono<Map<String, String>> verify(@Valid @RequestBody Link link) {
        return verification.verify(link.token())
                .map(purpose -> Map.of("status", "verified", "purpose", purpose.value()));
    }
}
