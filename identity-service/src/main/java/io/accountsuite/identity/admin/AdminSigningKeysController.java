package io.accountsuite.identity.admin;

import java.util.List;
import java.util.Map;

import io.accountsuite.identity.IdentityProblems;
import io.accountsuite.identity.audit.Audit;
import io.accountsuite.identity.token.SigningKeys;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.security.Caller;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Rotating the token signing key (deploy/RUNBOOK.md): add a key, which signs from then on while the previous ones
 * stay published so the tokens they signed keep verifying; once those have expired (15 minutes), retire the old
 * key. The key that signs now cannot be retired. After a change of the encryption key that seals them, seal the
 * stored keys again.
 */
@RestController
@RequestMapping("/api/admin/signing-keys")
@RequiredArgsConstructor
class AdminSigningKeysController {

    private final SigningKeys keys;

    /**
     * Lists the token signing keys (role admin), newest first: id, activation and retirement times, which one signs.
     */
    @GetMapping
    Mono<List<SigningKeys.KeyInfo>> list() {
        return keys.list();
    }

    /**
     * Adds a token signing key that signs from now on (role admin); the previous keys stay published.
     *
     * 201 with the new key's id: {@code {"kid": "…"}}. Rotation steps: deploy/RUNBOOK.md.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Map<String, String>> rotate(Caller admin) {
        return keys.rotate().doOnNext(kid -> Audit.record("signing-key.rotated", admin.customerId(), null, kid))
                .map(kid -> Map.of("kid", kid));
    }

    /** Seals every stored key with the current encryption key, once every instance runs with it (RUNBOOK). */
    @PostMapping("/resealing")
    Mono<Map<String, Long>> reseal(Caller admin) {
        return keys.resealStoredKeys()
                .doOnNext(n -> Audit.record("signing-keys.resealed", admin.customerId(), null, n + " key(s)"))
                .map(n -> Map.of("resealed", n));
    }

    /**
     * Retires a signing key that no longer signs (role admin); tokens it signed stop verifying.
     *
     * 204. Retire a key once the tokens it signed have expired (15 minutes after the rotation).
     */
    @ApiResponse(responseCode = "409", description = "signing-key-in-use: the key that signs now cannot be retired; "
            + "add a new key first")
    @DeleteMapping("/{kid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> retire(@PathVariable String kid, Caller admin) {
        return keys.list().flatMap(all -> {
            var key = all.stream().filter(k -> k.kid().equals(kid)).findFirst();
            if (key.isEmpty()) {
                return Mono.error(ApiProblem.notFound("signing key"));
            }
            if (key.get().signing()) {
                return Mono.error(IdentityProblems.SIGNING_KEY_IN_USE.problem(
                        Message.of("identity.admin.signing-key-in-use")));
            }
            return keys.retire(kid)
                    .doOnSuccess(done -> Audit.record("signing-key.retired", admin.customerId(), null, kid));
        });
    }
}
