package io.accountsuite.identity.deletion;

import io.accountsuite.platform.security.TrustedProxies;
import io.accountsuite.platform.security.Caller;
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

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<DeletionStatus> request(@Valid @RequestBody DeletionRequest body, Caller caller, ServerHttpRequest request) {
        return deletion.request(caller.customerId(), body.password(), body.confirm(), addresses.passedClientOf(request));
    }

    @GetMapping
    Mono<DeletionStatus> status(Caller caller) {
        return deletion.status(caller.customerId());
    }
}
