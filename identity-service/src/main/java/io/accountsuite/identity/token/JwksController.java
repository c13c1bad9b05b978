package io.accountsuite.identity.token;

import java.time.Duration;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The public signing keys every service verifies access tokens with. */
@RestController
@RequiredArgsConstructor
class JwksController {

    private final SigningKeys keys;

    /**
     * Lists the public keys that verify access tokens, as a JSON Web Key Set (RFC 7517).
     *
     * Public; cacheable for 5 minutes. Every service verifies access tokens with these keys.
     */
    @GetMapping("/.well-known/jwks.json")
    Mono<ResponseEntity<Map<String, Object>>> jwks() {
        return keys.signingKey().then(keys.publicKeys())
                .map(set -> ResponseEntity.ok()
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                        .body(set.toJSONObject(true)));
    }
}
