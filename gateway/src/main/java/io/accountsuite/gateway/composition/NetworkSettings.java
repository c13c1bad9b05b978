package io.accountsuite.gateway.composition;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET|PUT /api/admin/settings} as API.md names it: the network's settings as one
 * ({@link NetworkSettingsComposition}).
 */
@RestController
@RequiredArgsConstructor
class NetworkSettings {

    private final NetworkSettingsComposition settings;

    /**
     * Retrieves the network's settings as one (role admin): template switching, domain mapping and the mails' sender.
     *
     * Read from site-, domain- and notification-service; 503 when a part cannot be read.
     */
    @GetMapping("/api/admin/settings")
    Mono<Map<String, Object>> read(@AuthenticationPrincipal Jwt admin) {
        return settings.read(admin.getTokenValue());
    }

    /**
     * Saves the network's settings as one (role admin): template switching, domain mapping and the mails' sender.
     *
     * The domain part is saved first (where most validation lives), then the sender (when the body names {@code
     * senderName} and {@code senderAddress}), then template switching, so a refused domain part changes nothing. 200
     * with every part read back, or the refusing service's problem.
     */
    @PutMapping("/api/admin/settings")
    Mono<ResponseEntity<?>> save(@RequestBody Map<String, Object> body, @AuthenticationPrincipal Jwt admin) {
        return settings.save(admin.getTokenValue(), body);
    }
}
