package io.accountsuite.identity.deletion;

import io.accountsuite.platform.security.TrustedProxies;
import io.accountsuite.platform.security.Caller;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Deleting the caller's account, and following the deletion while it runs. */
@RestController
@RequestMapping("/api/account/deletion")
@RequiredArgsConstructor
class DeletionController {

    private final AccountDeletion deletion;
    private final TrustedProxies addresses;

    record DeletionRequest(@Size(max = 1024) String password, Boolean confirm) {
    }

    /**
     * Deletes the caller's account, confirmed with the password; this cannot be undone.
     *
     * The body: {@code password} and {@code confirm: true}. 202 with the deletion's status: the sessions end at once,
     * every service erases the customer's data, then the credentials are erased. A second request answers the same
     * deletion.
     */
    @ApiResponse(responseCode = "400", description = "confirm is not true, or the password is wrong (field password)")
    @ApiResponse(responseCode = "429", description = "Too many password attempts from this account or address; try "
            + "again after Retry-After")
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<DeletionStatus> request(@Valid @RequestBody DeletionRequest body, Caller caller, ServerHttpRequest request) {
        return deletion.request(caller.customerId(), body.password(), body.confirm(), addresses.passedClientOf(request));
    }

    /** Retrieves the status of the caller's account deletion: which services have erased their data. */
    @ApiResponse(responseCode = "200", description = "The deletion's status")
    @ApiResponse(responseCode = "404", description = "not-found: no deletion was requested for this account")
    @GetMapping
    Mono<DeletionStatus> status(Caller caller) {
        return deletion.status(caller.customerId());
    }
}
