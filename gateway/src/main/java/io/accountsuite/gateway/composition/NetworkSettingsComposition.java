package io.accountsuite.gateway.composition;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.Block;
import io.accountsuite.gateway.backend.DomainClient;
import io.accountsuite.gateway.backend.NotificationClient;
import io.accountsuite.gateway.backend.SiteClient;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * /api/admin/settings as API.md names it: the network's settings are owned by three services (template switching
 * by site-service, domain mapping by domain-service, the mails' sender by notification-service), and the admin sees
 * and saves them as one. A save checks the site part here, then saves the domain part (where most validation lives),
 * the sender (when the body names one: {@code senderName} and {@code senderAddress}) and only then the site part,
 * so a refused domain part changes nothing. Used by the API ({@link NetworkSettings}) and the admin's settings page.
 */
@Service
@RequiredArgsConstructor
public class NetworkSettingsComposition {

    private static final Duration READ = Duration.ofSeconds(5);

    private static final String PATH = "/api/admin/settings";

    /** The fields of the mails' sender, saved by notification-service. */
    private static final List<String> SENDER_FIELDS = List.of("senderName", "senderAddress");

    private final SiteClient sites;
    private final DomainClient domains;
    private final NotificationClient notifications;
    private final JsonMapper json;

    /** Every part of the network's settings, read as the admin; 503 when a part cannot be read. */
    public Mono<Map<String, Object>> read(String token) {
        return Mono.zip(whole(sites.settings(token, READ), Backend.SITE),
                whole(domains.settings(token, READ), Backend.DOMAIN),
                whole(notifications.settings(token, READ), Backend.NOTIFICATION)).map(parts -> {
            Map<String, Object> settings = new LinkedHashMap<>(parts.getT1());
            settings.putAll(parts.getT2());
            settings.putAll(parts.getT3());
            return settings;
        });
    }

    /**
     * Saves the settings as the admin: 200 with every part read back, or the refusing service's answer (its
     * problem's {@code instance} the composed path); 400 when {@code allowTemplateSwitching} is not a yes/no.
     */
    public Mono<ResponseEntity<?>> save(String token, Map<String, Object> body) {
        if (!(body.get("allowTemplateSwitching") instanceof Boolean allow)) {
            return Mono.error(ApiProblem.invalid("allowTemplateSwitching", Message.of("gateway.settings.switching")));
        }
        Map<String, Object> domainPart = new LinkedHashMap<>(body);
        domainPart.remove("allowTemplateSwitching");
        Map<String, Object> senderPart = new LinkedHashMap<>();
        for (String field : SENDER_FIELDS) {
            if (domainPart.containsKey(field)) {
                senderPart.put(field, domainPart.remove(field));
            }
        }
        return domains.saveSettings(token, domainPart)
                .flatMap(domain -> senderPart.isEmpty() || !domain.getStatusCode().is2xxSuccessful()
                        ? Mono.just(domain) : notifications.saveSettings(token, senderPart))
                .flatMap(saved -> {
                    if (!saved.getStatusCode().is2xxSuccessful()) {
                        return Mono.<ResponseEntity<?>>just(answeredHere(saved));
                    }
                    return sites.saveSettings(token, Map.of("allowTemplateSwitching", allow))
                            .flatMap(site -> site.getStatusCode().is2xxSuccessful()
                                    ? read(token).<ResponseEntity<?>>map(ResponseEntity::ok)
                                    : Mono.just(answeredHere(site)));
                });
    }

    private static Mono<Map<String, Object>> whole(Mono<Block> part, Backend backend) {
        return part.flatMap(block -> block.required(null, () -> ProblemType.SERVICE_UNAVAILABLE.problem(
                Message.of("gateway.settings.unreadable", backend.id()))));
    }

    /** A service's refusal as this endpoint's: its problem's {@code instance} is the path the admin called. */
    private ResponseEntity<byte[]> answeredHere(ResponseEntity<byte[]> refusal) {
        if (refusal.getBody() == null || !isProblem(refusal)) {
            return refusal;
        }
        try {
            Map<String, Object> problem = json.readValue(refusal.getBody(), new TypeReference<>() {
            });
            problem.put("instance", PATH);
            return ResponseEntity.status(refusal.getStatusCode()).headers(refusal.getHeaders())
                    .body(json.writeValueAsBytes(problem));
        } catch (JacksonException e) {
            return refusal;
        }
    }

    private static boolean isProblem(ResponseEntity<byte[]> answer) {
        MediaType type = answer.getHeaders().getContentType();
        return type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
