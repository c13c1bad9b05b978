package io.accountsuite.billing.invoice;

import io.accountsuite.platform.web.ListQuery;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The network admin's view of every customer's invoices (issue 20's admin API; role admin, as all of
 * {@code /api/admin/**}). Recording a manual payment is {@code payment}'s, refunds and credit notes {@code refund}'s.
 */
@RestController
@RequiredArgsConstructor
class AdminInvoiceController {

    private final Invoices invoices;

    /**
     * Lists every customer's invoices, newest first (role admin).
     *
     * {@code [AdminInvoice]} newest first, at most {@code limit} (default 100, at most 500), filtered by
     * {@code status} (pending, completed, refunded, partially-refunded, failed, cancelled) and {@code customerId};
     * 400 {@code validation-failed} naming the parameter for any other value.
     */
    @GetMapping("/api/admin/invoices")
    Flux<InvoiceViews.AdminInvoice> list(@RequestParam(required = false) String status,
                                         @RequestParam(required = false) String customerId,
                                         @RequestParam(required = false) String limit) {
        return invoices.list(ListQuery.word(Invoice.Status.class, "status", status),
                ListQuery.id("customerId", customerId), ListQuery.limit(limit)).map(InvoiceViews.AdminInvoice::of);
    }

    /**
     * Counts the network's invoices by status (role admin).
     *
     * {@code {counts: {<status>: n, …every status}, failedPayments: n}}.
     */
    @GetMapping("/api/admin/invoices/summary")
    Mono<InvoiceViews.AdminSummary> summary() {
        return invoices.countByStatus().map(InvoiceViews.AdminSummary::of);
    }
}
