package io.accountsuite.identity.token;

import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import io.accountsuite.platform.security.PlatformSecurityProperties;
import io.accountsuite.platform.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;

/**
 * identity-service verifies the tokens it issued against its own key store, without a round trip to itself, and
 * checks the same claims as every other service.
 */
@Configuration
class TokenVerification {

    @Bean
    ReactiveJwtDecoder jwtDecoder(SigningKeys keys, PlatformSecurityProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSource(jwt -> keys.publicKeys().flatMapMany(set -> Flux.fromIterable((List<JWK>) set.getKeys())))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(ResourceServerSecurity.validator(properties));
        return decoder;
    }
}
