package io.accountsuite.notification.notices;

import java.time.ZoneOffset;

import io.accountsuite.contracts.billing.BillingEvents;
import io.accountsuite.contracts.billing.BillingEvents.InvoiceIssued;
import io.accountsuite.contracts.billing.BillingEvents.PaymentFailed;
import io.accountsuite.notification.mail.Kind;
import io.accountsuite.notification.mail.Letter;
import io.accountsuite.notification.recipient.Recipients;
import io.accountsuite.platform.inbox.EventHandler;
import io.accountsuite.platform.language.LocalFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Billing's events the customer hears of: each invoice issued, and a payment that failed (with Pay now). */
@Configuration
class BillingNotices {

    @Bean
    EventHandler<InvoiceIssued> invoiceIssued(Recipients recipients, Notices notices) {
        return EventHandler.of("invoice-issued", BillingEvents.INVOICE_ISSUED, event -> {
            InvoiceIssued invoice = event.payload();
            return recipients.require(event.customerId()).flatMap(reader -> notices.tell(event.eventId(), reader,
                    reader.email(), Letter.of(Kind.INVOICE_ISSUED, "/account", invoice.number(),
                            LocalFormats.money(invoice.total().amount(), invoice.total().currency(), reader.locale()),
                            LocalFormats.date(event.occurredAt().atZone(ZoneOffset.UTC).toLocalDate(),
                                    reader.locale()))));
        });
    }

    @Bean
    EventHandler<PaymentFailed> paymentFailed(Recipients recipients, Notices notices, MessageSource words) {
        return EventHandler.of("payment-failed", BillingEvents.PAYMENT_FAILED, event -> {
            PaymentFailed failed = event.payload();
            return recipients.require(event.customerId()).flatMap(reader -> notices.tell(event.eventId(), reader,
                    reader.email(), Letter.of(Kind.PAYMENT_FAILED, "/account",
                            LocalFormats.money(failed.amount().amount(), failed.amount().currency(), reader.locale()),
                            failed.reason() == null ? words.getMessage("payment.declined", null, reader.locale())
                                    : failed.reason())));
        });
    }
}
