package io.accountsuite.notification.notices;

import java.util.Map;

import io.accountsuite.platform.security.Caller;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/account/email/verification/resend}: the caller's new verification link. 202
 * {@code {status: "sent", to}}; 409 {@code already-verified}; 429 {@code too-many-requests} with Retry-After.
 */
@RestController
@RequiredArgsConstructor
class VerificationResendController {

    private final VerificationResend resend;

    /**
     * Sends the caller a new email verification link.
     *
     * To the address an email change waits on, else to the unverified sign-in address. 202 {@code {status: "sent",
     * to}}: the address the link goes to. At most one a minute and a few an hour (Retry-After says when).
     */
    @ApiResponse(responseCode = "404", description = "not-found: the customer is not known here yet")
    @ApiResponse(responseCode = "409", description = "already-verified: the address is confirmed and no email change "
            + "is pending")
    @ApiResponse(responseCode = "429", description = "too-many-requests: within a minute of the last link or past the "
            + "hour's limit; try again after Retry-After")
    @PostMapping("/api/account/email/verification/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Map<String, String>> resend(Caller caller) {
        return resend.resend(caller.customerId()).map(to -> Map.of("status", "sent", "to", to));
    }
}
