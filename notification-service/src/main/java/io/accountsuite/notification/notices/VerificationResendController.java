package io.accountsuite.notification.notices;

import java.util.Map;

import io.accountsuite.platform.security.Caller;
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

    @PostMapping("/api/account/email/verification/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Map<String, String>> resend(Caller caller) {
        return resend.resend(caller.customerId()).map(to -> Map.of("status", "sent", "to", to));
    }
}
