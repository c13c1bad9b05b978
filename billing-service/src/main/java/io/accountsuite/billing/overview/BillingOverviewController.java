package io.accountsuite.billing.overview;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.accountsuite.billing.address.BillingAddress;
import io.accountsuite.billing.address.BillingAddresses;
import io.accountsuite.billing.invoice.InvoiceViews;
import io.accountsuite.billing.invoice.Invoices;
import io.accountsuite.billing.refund.CreditNoteView;
import io.accountsuite.billing.refund.CreditNotes;
import io.accountsuite.platform.security.Caller;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The account page's billing blocks in one call (issue 17: one call a service a page), each part shaped as its own
 * endpoint answers it ({@code /api/billing/address}, {@code /invoices}, {@code /credit-notes},
 * {@code /account-credit}). The gateway composes {@code GET /api/account} from it; published too (README).
 */
@RestController
@RequiredArgsConstructor
class BillingOverviewController {

    private final BillingAddresses addresses;
    private final Invoices invoices;
    private final CreditNotes creditNotes;

    /**
     * @param address       null when the caller has saved none
     * @param accountCredit unspent credit, one entry a currency (amounts as decimal strings)
     */
    record BillingOverview(@Nullable BillingAddress address, List<InvoiceViews.Summary> invoices,
                           List<CreditNoteView> creditNotes, List<InvoiceViews.Money> accountCredit) {
    }

    /**
     * Retrieves the caller's billing blocks of the account page in one call.
     *
     * The address (null when none is saved), the invoices, the credit notes and the account credit, each shaped as its
     * own endpoint answers it. Amounts as {@code {amount, currency}}, the amount a decimal string.
     */
    @GetMapping("/api/billing/overview")
    Mono<BillingOverview> overview(Caller caller) {
        UUID customer = caller.customerId();
        return Mono.zip(addresses.find(customer).map(Optional::of).defaultIfEmpty(Optional.empty()),
                        invoices.ofCustomer(customer).map(InvoiceViews.Summary::of).collectList(),
                        creditNotes.ofCustomer(customer).map(CreditNoteView::of).collectList(),
                        invoices.creditsOf(customer).map(InvoiceViews.Money::of).collectList())
                .map(t -> new BillingOverview(t.getT1().orElse(null), t.getT2(), t.getT3(), t.getT4()));
    }
}
