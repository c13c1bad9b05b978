package io.accountsuite.domain.settings;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The add-domain instructions for customers, and the admin's domain-mapping settings. */
@RestController
class SettingsController {

    private final Settings settings;

    SettingsController(Settings settings) {
        this.settings = settings;
    }

    record SettingsForm(@NotNull Boolean domainMappingEnabled, @NotBlank @Size(max = 4000) String addDomainInstructions,
                        @NotBlank @Pattern(regexp = "[a-z0-9.-]{3,253}") String networkDomain,
                        @Pattern(regexp = "\\d{1,3}(\\.\\d{1,3}){3}") String networkIp,
                        @Size(max = 45) String networkIpv6,
                        @Min(5) @Max(86_400) Integer checkIntervalSeconds, @Min(1) @Max(1000) Integer dnsAttempts,
                        @Min(1) @Max(1000) Integer sslAttempts, Boolean allowPlainHttp) {
    }

    /** The settings as the admin reads them: the same names the admin saves them with. */
    record SettingsView(boolean domainMappingEnabled, String addDomainInstructions, String networkDomain,
                        String networkIp, String networkIpv6, long checkIntervalSeconds, int dnsAttempts,
                        int sslAttempts, boolean allowPlainHttp) {
        static SettingsView of(DomainSettings s) {
            return new SettingsView(s.mappingEnabled(), s.instructions(), s.networkDomain(), s.networkIpv4(),
                    s.networkIpv6(), s.checkInterval().toSeconds(), s.dnsAttempts(), s.sslAttempts(),
                    s.allowPlainHttp());
        }
    }

    @GetMapping("/api/domains/instructions")
    Mono<Map<String, String>> instructions() {
        return settings.current().map(s -> Map.of("instructions", s.filledInstructions(), "networkDomain",
                s.networkDomain(), "networkIp", s.networkIpv4() == null ? "" : s.networkIpv4()));
    }

    @GetMapping("/api/admin/settings/domains")
    Mono<SettingsView> get() {
        return settings.current().map(SettingsView::of);
    }

    @PutMapping("/api/admin/settings/domains")
    Mono<SettingsView> put(@Valid @RequestBody SettingsForm f) {
        return settings.current().flatMap(current -> settings.save(new DomainSettings(f.domainMappingEnabled(),
                f.addDomainInstructions().strip(), f.networkDomain(), f.networkIp(), f.networkIpv6(),
                f.checkIntervalSeconds() == null ? current.checkInterval()
                        : Duration.ofSeconds(f.checkIntervalSeconds()),
                f.dnsAttempts() == null ? current.dnsAttempts() : f.dnsAttempts(),
                f.sslAttempts() == null ? current.sslAttempts() : f.sslAttempts(),
                Boolean.TRUE.equals(f.allowPlainHttp())))).map(SettingsView::of);
    }
}
