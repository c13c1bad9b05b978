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

    /**
     * Lists the caller's invoices, newest first.
     *
     * Each with its number, issue date, status, purpose and total as {@code {amount, currency}} (the amount a decimal
     * string in the currency's minor digits, e.g. {@code "30.00"}).
     */
    @GetMapping("/api/billing/invoices")
    Flux<InvoiceViews.Summary> list(Caller caller) {
        return invoices.ofCustomer(caller.customerId()).map(InvoiceViews.Summary::of);
    }

    /**
     * Retrieves one of the caller's invoices with its lines and the billing address it was issued to.
     *
     * Amounts as {@code {amount, currency}}, the amount a decimal string. 404 for another customer's invoice.
     */
    @GetMapping("/api/billing/invoices/{id}")
    Mono<InvoiceViews.Detail> one(@PathVariable UUID id, Caller caller) {
        return owned(caller, id).map(InvoiceViews.Detail::of);
    }

    /**
     * Lists the caller's account credit, one entry a currency where there is some.
     *
     * The credit pays the customer's next invoices first. Each entry is {@code {amount, currency}}, the amount a
     * decimal string.
     */
    @GetMapping("/api/billing/account-credit")
    Flux<InvoiceViews.Money> credit(Caller caller) {
        return invoices.creditsOf(caller.customerId()).map(InvoiceViews.Money::of);
    }

    private Mono<Invoice> owned(Caller caller, UUID id) {
        return invoices.owned(caller, id);
    }
}
