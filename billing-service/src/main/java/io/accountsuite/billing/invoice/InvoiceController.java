package io.accountsuite.billing.invoice;

import java.util.UUID;

import io.accountsuite.platform.security.Caller;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The caller's invoices and account credit (their PDFs: {@code pdf}; paying them: {@code payment}). */
@RestController
@RequiredArgsConstructor
class InvoiceController {

    private final Invoices invoices;

    @GetMapping("/api/billing/invoices")
    Flux<InvoiceViews.Summary> list(Caller caller) {
        return invoices.ofCustomer(caller.customerId()).map(InvoiceViews.Summary::of);
    }

    @GetMapping("/api/billing/invoices/{id}")
    Mono<InvoiceViews.Detail> one(@PathVariable UUID id, Caller caller) {
        return owned(caller, id).map(InvoiceViews.Detail::of);
    }

    /** The customer's account credit, per currency where there is some: it pays their next invoices first. */
    @GetMapping("/api/billing/account-credit")
    Flux<InvoiceViews.Money> credit(Caller caller) {
        return invoices.creditsOf(caller.customerId()).map(InvoiceViews.Money::of);
    }

    private Mono<Invoice> owned(Caller caller, UUID id) {
        return invoices.owned(caller, id);
    }
}
