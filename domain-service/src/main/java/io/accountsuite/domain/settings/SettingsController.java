package io.accountsuite.domain.settings;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.validation.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The add-domain instructions for customers, and the admin's domain-mapping settings. */
@RestController
@RequiredArgsConstructor
class SettingsController {

    private final Settings settings;
    private final SettingsEditing editing;

    /**
     * The network's domain: a host name of at least two RFC 1123 labels (not {@code localhost}, not a bare {@code com})
     * where customers' CNAME records point.
     */
    static final String HOST_NAME = "(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+"
            + "[a-z]([a-z0-9-]{0,61}[a-z0-9])?";
    /** A dotted IPv4 address, each part 0 to 255. */
    static final String IPV4 = "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

    record SettingsForm(@NotNull Boolean domainMappingEnabled,
                        @NotBlank @Size(max = 4000) @MultiLine String addDomainInstructions,
                        @NotBlank @Pattern(regexp = HOST_NAME, message = "{domain.settings.host-name}")
                        String networkDomain,
                        @Pattern(regexp = IPV4, message = "{domain.settings.ipv4}") String networkIp,
                        @Size(max = 45) @Pattern(regexp = "[0-9a-fA-F:.]*:[0-9a-fA-F:.]*",
                                message = "{domain.settings.ipv6-example}") String networkIpv6,
                        @Min(5) @Max(86_400) Integer checkIntervalSeconds, @Min(1) @Max(1000) Integer dnsAttempts,
                        @Min(1) @Max(1000) Integer sslAttempts, Boolean allowPlainHttp) {
    }

    /**
     * Retrieves the add-domain instructions for customers, with the network's domain and address.
     *
     * {@code instructions}: the admin's text with the network's domain and IP filled in; {@code networkDomain}: where a
     * CNAME record points; {@code networkIp}: the IPv4 address an A record points to (empty when none is set).
     */
    @GetMapping("/api/domains/instructions")
    Mono<Map<String, String>> instructions() {
        return settings.current().map(s -> Map.of("instructions", s.filledInstructions(), "networkDomain",
                s.networkDomain(), "networkIp", s.networkIpv4() == null ? "" : s.networkIpv4()));
    }

    /** Retrieves the network's domain-mapping settings (role admin). */
    @GetMapping("/api/admin/settings/domains")
    Mono<SettingsView> get() {
        return settings.current().map(SettingsView::of);
    }

    /**
     * Saves the network's domain-mapping settings (role admin).
     *
     * Whether domain mapping is on, the add-domain instructions, the network's domain (a host name of at least two
     * labels) and addresses, the check interval (5 to 86400 seconds) and the DNS and certificate attempts (1 to 1000;
     * left out, these three keep their current values).
     */
    @PutMapping("/api/admin/settings/domains")
    Mono<SettingsView> put(@Valid @RequestBody SettingsForm f, Caller admin) {
        if (f.networkIpv6() != null && !isIpv6(f.networkIpv6())) {
            return Mono.error(ApiProblem.invalid("networkIpv6", Message.of("domain.settings.ipv6")));
        }
        return editing.save(admin, current -> new DomainSettings(f.domainMappingEnabled(),
                f.addDomainInstructions().strip(), f.networkDomain(), f.networkIp(), f.networkIpv6(),
                f.checkIntervalSeconds() == null ? current.checkInterval()
                        : Duration.ofSeconds(f.checkIntervalSeconds()),
                f.dnsAttempts() == null ? current.dnsAttempts() : f.dnsAttempts(),
                f.sslAttempts() == null ? current.sslAttempts() : f.sslAttempts(),
                Boolean.TRUE.equals(f.allowPlainHttp()))).map(SettingsView::of);
    }

    /** An IPv6 literal: the form's pattern lets only hex digits, colons and dots through, so no name is looked up. */
    private static boolean isIpv6(String text) {
        try {
            return InetAddress.getByName(text) instanceof Inet6Address;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
