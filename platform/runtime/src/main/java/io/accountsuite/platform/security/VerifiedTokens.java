package io.accountsuite.platform.security;

import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers the access tokens whose RS256 signature this service has verified, for as long as their claims stay
 * valid: one page load sends the same token to every service, a browser sends it again with each click, and the
 * signature check was about a tenth of a request's CPU in the profiles (bench/RESULTS.md). The claims (expiry with
 * its clock skew, issuer, audience) are validated again on every use, so an expired token is refused as before; a
 * session identity ended is refused on every request by {@link EndedSessionFilter}, which this does not bypass. A
 * token verified before its signing key was retired stays accepted until it expires (15 minutes at most), as it
 * already did through the decoder's cached JWKS, refreshed only for an unknown key id.
 * Holds at most {@value #MAX_TOKENS} tokens: past that, expired ones go first, then all of them.
 */
public final class VerifiedTokens implements ReactiveJwtDecoder {

    static final int MAX_TOKENS = 10_000;

    private final ReactiveJwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> claims;
    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    /**
     * @param verifier checks the signature and the claims of a token not seen yet
     * @param claims   the claims check alone, made again on each use of a remembered token
     */
    public VerifiedTokens(ReactiveJwtDecoder verifier, OAuth2TokenValidator<Jwt> claims) {
        this.verifier = verifier;
        this.claims = claims;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.get(token);
        if (known != null) {
            if (!claims.validate(known).hasErrors()) {
                return Mono.just(known);
            }
            verified.remove(token);
        }
        return verifier.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    private void remember(String token, Jwt jwt) {
        if (verified.size() >= MAX_TOKENS) {
            verified.values().removeIf(remembered -> claims.validate(remembered).hasErrors());
            if (verified.size() >= MAX_TOKENS) {
                verified.clear();
            }
        }
        verified.put(token, jwt);
    }

    int size() {
        return verified.size();
    }
}
