package io.accountsuite.gateway.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.gateway.backend.Block;
import io.accountsuite.gateway.language.Words;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network's invoices (issue 20): {@code /admin/invoices?status=&customerId=} lists billing-service's admin list
 * with its filters; each row marks a manual payment as paid ({@code POST /api/admin/invoices/{id}/paid}) and refunds
 * it fully or in part with a reason ({@code POST /api/admin/invoices/{id}/refunds {amount, reason}}: the amount a
 * decimal string, the full refundable amount by default), a refusal shown in its row; a refund leads to the
 * invoice's credit notes ({@code /admin/invoices/{id}/credit-notes}). Without a single-invoice read in billing's
 * admin API, the actions live on the list's rows. Admins only (GatewaySecurity).
 */
@Controller
@RequiredArgsConstructor
class AdminInvoicesPageController {

    static final List<String> STATUSES = List.of("pending", "completed", "refunded", "partially-refunded", "failed",
            "cancelled");

    private static final List<String> FILTERS = List.of("status", "customerId");

    private static final String LIST = "admin-invoices";

    private final Backends backends;
    private final JsonMapper json;
    private final Words pageWords;

    @GetMapping("/admin/invoices")
    Mono<String> list(@AuthenticationPrincipal Jwt admin, ServerWebExchange exchange, Model model) {
        var query = exchange.getRequest().getQueryParams();
        if (query.containsKey("paid")) {
            model.addAttribute("notice", pageWords.in(exchange).get("admin.invoices.paid"));
        }
        return show(admin.getTokenValue(), query, exchange, model);
    }

    @PostMapping("/admin/invoices/{id}/paid")
    Mono<String> markPaid(@PathVariable UUID id, @AuthenticationPrincipal Jwt admin, ServerWebExchange exchange,
                          Model model) {
        String token = admin.getTokenValue();
        return exchange.getFormData().flatMap(form -> act(token, id, form, exchange, model,
                backends.relay(Backend.BILLING, HttpMethod.POST, token, null, "/api/admin/invoices/{id}/paid", id),
                "redirect:" + AdminReads.listPath("/admin/invoices", form, FILTERS, "paid")));
    }

    @PostMapping("/admin/invoices/{id}/refunds")
    Mono<String> refund(@PathVariable UUID id, @AuthenticationPrincipal Jwt admin, ServerWebExchange exchange,
                        Model model) {
        String token = admin.getTokenValue();
        return exchange.getFormData().flatMap(form -> act(token, id, form, exchange, model,
                backends.relay(Backend.BILLING, HttpMethod.POST, token, refundBody(form),
                        "/api/admin/invoices/{id}/refunds", id),
                "redirect:/admin/invoices/" + id + "/credit-notes?refunded"));
    }

    /** The invoice's credit notes; 404 for an invoice billing does not know. */
    @GetMapping("/admin/invoices/{id}/credit-notes")
    Mono<String> creditNotes(@PathVariable UUID id, @AuthenticationPrincipal Jwt admin, ServerWebExchange exchange,
                             Model model) {
        if (exchange.getRequest().getQueryParams().containsKey("refunded")) {
            model.addAttribute("notice", pageWords.in(exchange).get("admin.credit-notes.refunded"));
        }
        model.addAttribute("invoiceId", id);
        return backends.get(Backend.BILLING, admin.getTokenValue(), AdminReads.LIMIT,
                "/api/admin/invoices/{id}/credit-notes", id).map(notes -> {
                    if ("none".equals(notes.status())) {
                        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                    }
                    AdminReads.status(exchange, notes);
                    model.addAttribute("notes", notes);
                    return "admin-credit-notes";
                });
    }

    /** The refund's body: the amount as typed (a decimal string; blank is null, for billing to refuse) and why. */
    static Map<String, Object> refundBody(MultiValueMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        String amount = Objects.requireNonNullElse(form.getFirst("amount"), "").strip();
        body.put("amount", amount.isEmpty() ? null : amount);
        body.put("reason", Objects.requireNonNullElse(form.getFirst("reason"), "").strip());
        return body;
    }

    /** A row's action: on success where {@code done} leads, else the list again with the refusal in that row. */
    private Mono<String> act(String token, UUID id, MultiValueMap<String, String> form, ServerWebExchange exchange,
                             Model model, Mono<ResponseEntity<byte[]>> call, String done) {
        model.addAttribute("rowId", id.toString());
        model.addAttribute("submitted", form.toSingleValueMap());
        return AdminWrites.answer(call, done, () -> show(token, form, exchange, model), exchange, model, json);
    }

    /** The list with the filters of {@code filters} (the query, or a row form's hidden fields); 400 for bad ones. */
    private Mono<String> show(String token, MultiValueMap<String, String> filters, ServerWebExchange exchange,
                              Model model) {
        String status = AdminReads.blankAsNull(filters.getFirst("status"));
        String customerId = AdminReads.blankAsNull(filters.getFirst("customerId"));
        model.addAttribute("status", status);
        model.addAttribute("customerId", customerId);
        model.addAttribute("statuses", STATUSES);
        Words.InLanguage words = pageWords.in(exchange);
        String wrong = status != null && !STATUSES.contains(status) ? words.get("admin.invoices.status.wrong", status)
                : customerId != null && !AdminReads.isUuid(customerId) ? words.get("admin.filter.customer-id.wrong")
                : null;
        if (wrong != null) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            model.addAttribute("filterError", wrong);
            model.addAttribute("invoices", Block.none());
            return Mono.just(LIST);
        }
        return AdminReads.list(backends, Backend.BILLING, token, "/api/admin/invoices", "status", status,
                "customerId", customerId).map(invoices -> {
                    AdminReads.status(exchange, invoices);
                    model.addAttribute("invoices", invoices);
                    model.addAttribute("rows", InvoiceRow.of(invoices.data()));
                    return LIST;
                });
    }
}
