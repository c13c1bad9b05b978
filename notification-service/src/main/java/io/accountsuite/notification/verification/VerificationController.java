package io.accountsuite.notification.verification;

import java.util.Map;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    /**
     * Verifies an email address with the token of the link mailed to it; no sign-in is needed.
     *
     * The mailbox is the proof. 200 {@code {status: "verified", purpose}}; the same token again within 10 minutes
     * answers the same and acts once.
     */
    @ApiResponse(responseCode = "200", description = "The address is verified, and what for (purpose)")
    @ApiResponse(responseCode = "400", description = "invalid-verification-link: the token is unknown, used, replaced "
            + "or expired, all alike")
    @PostMapping("/api/account/email/verification")
    Mono<Map<String, String>> verify(@Valid @RequestBody Link link) {
        return verification.verify(link.token())
                .map(purpose -> Map.of("status", "verified", "purpose", purpose.value()));
    }
}
