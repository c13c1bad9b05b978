package io.accountsuite.billing.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.accountsuite.contracts.erasure.ErasureEvents.Kept;
import io.accountsuite.platform.erasure.RetainingEraser;
import io.accountsuite.platform.schedule.BackgroundPoller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The legal archive of an erased account's invoices and credit notes (GDPR Art. 17(3)(b): records the accounting law
 * obliges the network to keep). On erasure they move here with the buyer's details as issued and nothing that links
 * them to the account (no customer id, no membership, no payment trail); the account's own rows go. They are purged
 * once {@code billing.archive.retention} (default 10 years) has passed since the erasure.
 */
@Component
class InvoiceArchive implements RetainingEraser {

    private final BackgroundPoller purges = new BackgroundPoller("invoice archive purge", Duration.ofMinutes(10));

    private static final Logger log = LoggerFactory.getLogger(InvoiceArchive.class);
    private static final String WHY = "GDPR Art. 17(3)(b): issued invoices and credit notes are kept as the"
            + " accounting law requires, detached from the account";

    private final DatabaseClient db;
    private final Clock clock;
    private final Period retention;

    InvoiceArchive(DatabaseClient db, Clock clock, ArchiveSettings settings) {
        this.db = db;
        this.clock = clock;
        this.retention = settings.retention();
    }

    @Override
    public Mono<List<Kept>> eraseRetaining(UUID customerId) {
        LocalDate until = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plus(retention);
        return db.sql("""
                        INSERT INTO invoice_archive (id, kind, number, issued_at, status, currency, total, buyer, lines,
                                                     archived_at, purge_after)
                        SELECT id, 'invoice', number, issued_at, status, currency, total,
                               (address::jsonb - 'customerId' - 'email')::text, lines, :now, :until
                        FROM invoices WHERE customer_id = :c""")
                .bind("c", customerId).bind("now", clock.instant()).bind("until", until)
                .fetch().rowsUpdated()
                .zipWith(db.sql("""
                                INSERT INTO invoice_archive (id, kind, number, issued_at, currency, total, buyer,
                                                             refers_to, reason, archived_at, purge_after)
                                SELECT id, 'credit-note', number, issued_at, currency, amount,
                                       (address::jsonb - 'customerId' - 'email')::text, invoice_number,
                                       reason, :now, :until
                                FROM credit_notes WHERE customer_id = :c""")
                        .bind("c", customerId).bind("now", clock.instant()).bind("until", until)
                        .fetch().rowsUpdated())
                .flatMap(archived -> deleteAccountRecords(customerId).thenReturn(kept(archived.getT1(),
                        archived.getT2(), until)));
    }

    private static List<Kept> kept(long invoices, long creditNotes, LocalDate until) {
        return invoices + creditNotes == 0 ? List.of()
                : List.of(new Kept("invoices and credit notes", (int) (invoices + creditNotes), until, WHY));
    }

    /** The account's own billing rows: credit notes, payments (by cascade), invoices, account credit, address. */
    private Mono<Void> deleteAccountRecords(UUID customerId) {
        return db.sql("DELETE FROM credit_notes WHERE customer_id = :c").bind("c", customerId).fetch().rowsUpdated()
                .then(db.sql("DELETE FROM invoices WHERE customer_id = :c").bind("c", customerId)
                        .fetch().rowsUpdated())
                .then(db.sql("DELETE FROM account_credits WHERE customer_id = :c").bind("c", customerId)
                        .fetch().rowsUpdated())
                .then(db.sql("DELETE FROM billing_addresses WHERE customer_id = :c").bind("c", customerId)
                        .fetch().rowsUpdated())
                .then();
    }

    /** Purges what has been kept long enough, once a day. */
    @Scheduled(fixedDelayString = "${billing.archive.purge-interval:1d}", initialDelayString = "1m")
    void purge() {
        purges.pass(() -> db.sql("DELETE FROM invoice_archive WHERE purge_after <= :today")
                .bind("today", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .filter(purged -> purged > 0)
                .doOnNext(purged -> log.info("purged {} archived invoices and credit notes past their retention",
                        purged)));
    }
}
