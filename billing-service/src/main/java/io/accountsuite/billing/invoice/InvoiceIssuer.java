package io.accountsuite.billing.invoice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.accountsuite.billing.address.BillingAddresses;
import io.accountsuite.contracts.billing.BillingEvents;
import io.accountsuite.contracts.billing.BillingEvents.InvoiceIssued;
import io.accountsuite.contracts.billing.BillingEvents.PaymentSucceeded;
import io.accountsuite.contracts.membership.MembershipEvents.Amount;
import io.accountsuite.contracts.membership.MembershipEvents.Charge;
import io.accountsuite.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Issues the invoice for a membership's charge: numbered without gaps, the account's credit applied, the billing
 * address snapshotted. Runs inside the inbox transaction of the event that asked for it, and a second delivery of
 * that event finds the invoice already issued. An invoice with nothing due is completed at once and counts as
 * paid.
 */
@Service
public class InvoiceIssuer {

    private final Invoices invoices;
    private final BillingAddresses addresses;
    private final Outbox outbox;
    private final Clock clock;
    private final String prefix;

    public InvoiceIssuer(Invoices invoices, BillingAddresses addresses, Outbox outbox, Clock clock,
                         InvoiceNumbering numbering) {
        this.invoices = invoices;
        this.addresses = addresses;
        this.outbox = outbox;
        this.clock = clock;
        this.prefix = numbering.invoicePrefix();
    }

    /**
     * Issues the invoice for a charge under the id the charge names ({@code invoiceId}), once: a second delivery, or
     * another event naming the same invoice, issues nothing.
     */
    public Mono<Invoice> issue(UUID sourceEventId, UUID customerId, UUID membershipId, UUID invoiceId, Charge charge) {
        if (charge == null || charge.lines().isEmpty()) {
            return Mono.empty();
        }
        String currency = charge.total().currency();
        List<Invoice.Line> lines = charge.lines().stream()
                .map(l -> new Invoice.Line(l.type(), l.description(), l.quantity(),
                        new BigDecimal(l.amount().amount()), l.subject(), l.reason()))
                .toList();
        Instant now = clock.instant();
        return invoices.issued(invoiceId, sourceEventId).flatMap(done -> done ? Mono.<Invoice>empty()
                : invoices.lockCredit(customerId, currency).flatMap(credit -> {
                    InvoiceTotals.Settled settled = InvoiceTotals.settle(lines, currency, credit);
                    return invoices.setCredit(customerId, currency, settled.creditLeft())
                            .then(invoices.nextNumber("invoice", now.atZone(ZoneOffset.UTC).getYear()))
                            .flatMap(n -> addresses.find(customerId).map(Optional::of)
                                    .defaultIfEmpty(Optional.empty())
                                    .map(address -> new Invoice(invoiceId, number(now, n), customerId,
                                            membershipId, charge.kind(), settled.total().signum() > 0
                                            ? Invoice.Status.PENDING : Invoice.Status.COMPLETED, currency,
                                            settled.total(), now, settled.total().signum() > 0 ? null : now,
                                            address.orElse(null), settled.lines(), BigDecimal.ZERO)));
                }).flatMap(invoice -> invoices.insert(invoice, sourceEventId)).flatMap(this::announce));
    }

    private Mono<Invoice> announce(Invoice invoice) {
        Amount total = new Amount(invoice.total().toPlainString(), invoice.currency());
        Mono<Void> issued = outbox.append(BillingEvents.INVOICE_ISSUED, invoice.customerId(), invoice.id(),
                new InvoiceIssued(invoice.id(), invoice.number(), invoice.membershipId(), invoice.purpose(), total,
                        invoice.status().value())).then();
        Mono<Void> settledAtOnce = invoice.status() == Invoice.Status.COMPLETED && invoice.membershipId() != null
                ? outbox.append(BillingEvents.PAYMENT_SUCCEEDED, invoice.customerId(), invoice.id(),
                new PaymentSucceeded(invoice.id(), invoice.membershipId(), invoice.purpose(), total)).then()
                : Mono.empty();
        return issued.then(settledAtOnce).thenReturn(invoice);
    }

    /** e.g. INV-2026-000123 */
    private String number(Instant issuedAt, long sequence) {
        return String.format("%s-%d-%06d", prefix, issuedAt.atZone(ZoneOffset.UTC).getYear(), sequence);
    }
}
