package io.accountsuite.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private static final PlatformSecurityProperties PROPERTIES = new PlatformSecurityProperties(null, null,
            "account-suite", "account-suite", null);

    private final AtomicInteger signatureChecks = new AtomicInteger();

    @Test
    void a_token_seen_before_is_not_verified_again_while_it_is_valid() {
        VerifiedTokens tokens = tokens(token -> jwt(token, Instant.now().plusSeconds(600)));

        Jwt first = tokens.decode("t1").block();
        Jwt again = tokens.decode("t1").block();

        assertThat(again).isSameAs(first);
        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void a_remembered_token_whose_claims_lapsed_is_verified_again_and_refused() {
        AtomicBoolean lapsed = new AtomicBoolean();
        OAuth2TokenValidator<Jwt> claims = jwt -> lapsed.get()
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "expired", null))
                : OAuth2TokenValidatorResult.success();
        VerifiedTokens tokens = new VerifiedTokens(token -> Mono.fromCallable(() -> {
            signatureChecks.incrementAndGet();
            if (lapsed.get()) {
                throw new BadJwtException("expired");
            }
            return jwt(token, Instant.now().plusSeconds(600));
        }), claims);
        tokens.decode("t1").block();

        lapsed.set(true);

        assertThatThrownBy(() -> tokens.decode("t1").block()).isInstanceOf(BadJwtException.class);
        assertThat(signatureChecks).hasValue(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void a_token_that_fails_verification_is_not_remembered() {
        VerifiedTokens tokens = tokens(token -> {
            throw new BadJwtException("bad signature");
        });

        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThat(signatureChecks).hasValue(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void it_holds_a_bounded_number_of_tokens() {
        VerifiedTokens tokens = tokens(token -> jwt(token, Instant.now().plusSeconds(600)));

        for (int i = 0; i <= VerifiedTokens.MAX_TOKENS; i++) {
            tokens.decode("t" + i).block();
        }

        assertThat(tokens.size()).isLessThanOrEqualTo(VerifiedTokens.MAX_TOKENS);
    }

    /** A stand-in for the RS256 check: counts its calls and answers what {@code verify} makes of the token. */
    private VerifiedTokens tokens(Function<String, Jwt> verify) {
        ReactiveJwtDecoder verifier = token -> Mono.fromCallable(() -> {
            signatureChecks.incrementAndGet();
            return verify.apply(token);
        });
        return new VerifiedTokens(verifier, ResourceServerSecurity.validator(PROPERTIES));
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("c1").issuer("account-suite")
                .audience(List.of("account-suite")).issuedAt(expiresAt.minusSeconds(900)).expiresAt(expiresAt)
                .build();
    }
}
