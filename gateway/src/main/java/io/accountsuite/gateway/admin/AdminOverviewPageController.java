package io.accountsuite.gateway.admin;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.Backends;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The network admin's overview ({@code /admin/overview}, issue 20): memberships active, trialing, on hold and
 * pending and the monthly recurring revenue by currency (membership-service's summary), failed payments (billing's,
 * linking to the failed invoices) and domains in trouble (domain-service's, linking to them). The three summaries
 * are read at once; each figure says "temporarily unavailable" on its own when its service does not answer, and the
 * page then answers 503. Admins only (GatewaySecurity).
 */
@Controller
@RequiredArgsConstructor
class AdminOverviewPageController {

    private final Backends backends;

    @GetMapping("/admin/overview")
    Mono<String> overview(@AuthenticationPrincipal Jwt admin, ServerWebExchange exchange, Model model) {
        String token = admin.getTokenValue();
        return Mono.zip(AdminReads.list(backends, Backend.MEMBERSHIP, token, "/api/admin/memberships/summary"),
                AdminReads.list(backends, Backend.BILLING, token, "/api/admin/invoices/summary"),
                AdminReads.list(backends, Backend.DOMAIN, token, "/api/admin/domains/summary")).map(t -> {
                    AdminReads.status(exchange, t.getT1(), t.getT2(), t.getT3());
                    model.addAttribute("memberships", t.getT1());
                    model.addAttribute("invoices", t.getT2());
                    model.addAttribute("domains", t.getT3());
                    return "admin-overview";
                });
    }
}
