package io.accountsuite.e2e.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.accountsuite.e2e.reliability.FaultDriver.Account;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules that must hold after the fault scenario, read from the services' databases and topics (not from their
 * APIs, which could hide a duplicate): each checks a number of things and lists the ones that break it.
 */
final class Invariants {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One invariant's verdict: how many things it checked, and each violation in words. */
    record Verdict(String rule, int checked, List<String> violations) {
    }

    private final List<Account> accounts;
    private final List<ConsumerRecord<String, String>> records;

    Invariants(List<Account> accounts, List<ConsumerRecord<String, String>> records) {
        this.accounts = accounts;
        this.records = records;
    }

    List<Verdict> all() {
        return List.of(oneInvoicePerCharge(), timesBilledEqualsCompletedPayments(), noInvoicePaidTwice(),
                siteLimitsFollowEntitlements(), noDomainOfADeletedSite(), atMostOnePrimaryPerSite(),
                nothingLeftUnsent(), noDeadLetters());
    }

    /**
     * Each charging change the customer was told of (the purchase and each change that answered an invoice id)
     * has exactly its invoice, no other invoice exists, and every charge membership-service published
     * (MembershipChargeDue) has its invoice.
     */
    Verdict oneInvoicePerCharge() {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        Set<String> published = new HashSet<>();
        for (JsonNode event : events("MembershipChargeDue")) {
            published.add(event.get("payload").get("invoiceId").asString());
        }
        for (Account account : living()) {
            Set<String> invoices = new HashSet<>();
            SuiteDatabases.query("billing", "SELECT id::text AS id FROM invoices WHERE customer_id = ?::uuid",
                    account.customerId).forEach(row -> invoices.add((String) row.get("id")));
            checked += account.charges.size();
            if (!invoices.equals(account.charges)) {
                violations.add(account.email + ": charged " + account.charges + ", invoiced " + invoices);
            }
            for (String invoice : invoices) {
                if (!published.contains(invoice)) {
                    violations.add(account.email + ": invoice " + invoice + " without a published charge");
                }
            }
        }
        return new Verdict("exactly one invoice per charging change", checked, violations);
    }

    /** A membership's times billed equals its cycle invoices (initial, renewal) that were paid. */
    Verdict timesBilledEqualsCompletedPayments() {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Account account : living()) {
            if (account.membershipId == null) {
                continue;
            }
            checked++;
            long billed = SuiteDatabases.count("membership",
                    "SELECT times_billed FROM memberships WHERE id = ?::uuid", account.membershipId);
            long paid = SuiteDatabases.count("billing", "SELECT count(*) FROM invoices WHERE membership_id = ?::uuid"
                    + " AND purpose IN ('initial', 'renewal') AND paid_at IS NOT NULL", account.membershipId);
            if (billed != paid) {
                violations.add(account.email + ": times billed " + billed + ", cycle invoices paid " + paid);
            }
        }
        return new Verdict("times billed equals completed payments", checked, violations);
    }

    /** No invoice has two successful payments (a retried payment charged twice). */
    Verdict noInvoicePaidTwice() {
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> row : SuiteDatabases.query("billing", "SELECT invoice_id::text AS invoice,"
                + " count(*) AS n FROM payments WHERE outcome = 'succeeded' GROUP BY invoice_id HAVING count(*) > 1")) {
            violations.add("invoice " + row.get("invoice") + " paid " + row.get("n") + " times");
        }
        int checked = (int) SuiteDatabases.count("billing", "SELECT count(DISTINCT invoice_id) FROM payments");
        return new Verdict("no invoice paid twice", checked, violations);
    }

    /**
     * site-service's limits for each membership equal the entitlements membership-service last published for it
     * (MembershipCreated, then each MembershipChanged).
     */
    Verdict siteLimitsFollowEntitlements() {
        Map<String, JsonNode> latest = new HashMap<>();
        for (JsonNode event : events("MembershipCreated", "MembershipChanged")) {
            JsonNode payload = event.get("payload");
            if (payload.hasNonNull("entitlements")) {
                latest.put(payload.get("membershipId").asString(), payload.get("entitlements"));
            }
        }
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Account account : living()) {
            if (account.membershipId == null || account.siteDeleted) {
                continue;
            }
            checked++;
            JsonNode published = latest.get(account.membershipId);
            List<Map<String, Object>> rows = SuiteDatabases.query("site", "SELECT disk_mb, posts, pages,"
                    + " visits_per_month, users FROM entitlements WHERE membership_id = ?::uuid", account.membershipId);
            if (published == null || rows.isEmpty()) {
                violations.add(account.email + ": published " + published + ", site limits " + rows);
                continue;
            }
            Map<String, Object> row = rows.get(0);
            Map<String, String> columns = Map.of("diskMb", "disk_mb", "posts", "posts", "pages", "pages",
                    "visitsPerMonth", "visits_per_month", "users", "users");
            columns.forEach((field, column) -> {
                Long expected = published.hasNonNull(field) ? published.get(field).asLong() : null;
                Long actual = row.get(column) == null ? null : ((Number) row.get(column)).longValue();
                if (!Objects.equals(unlimitedAsNull(expected), unlimitedAsNull(actual))) {
                    violations.add(account.email + ": " + field + " published " + expected + ", site has " + actual);
                }
            });
        }
        return new Verdict("site limits equal the membership's entitlements", checked, violations);
    }

    /** Zero and unset both mean unlimited (SPEC: a blank limit is unlimited). */
    private static Long unlimitedAsNull(Long limit) {
        return limit == null || limit == 0 ? null : limit;
    }

    /** domain-service keeps no domain of a site that site-service no longer has. */
    Verdict noDomainOfADeletedSite() {
        Set<String> sites = new HashSet<>();
        SuiteDatabases.query("site", "SELECT id::text AS id FROM sites").forEach(r -> sites.add((String) r.get("id")));
        List<String> violations = new ArrayList<>();
        List<Map<String, Object>> domains = SuiteDatabases.query("domain",
                "SELECT name, site_id::text AS site FROM domains");
        for (Map<String, Object> domain : domains) {
            if (!sites.contains((String) domain.get("site"))) {
                violations.add(domain.get("name") + " of the deleted site " + domain.get("site"));
            }
        }
        for (Account account : accounts) {
            if (account.siteDeleted && account.siteId != null && sites.contains(account.siteId)) {
                violations.add(account.email + ": the deleted site " + account.siteId + " is still there");
            }
        }
        return new Verdict("no domain of a deleted site remains", domains.size(), violations);
    }

    Verdict atMostOnePrimaryPerSite() {
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> row : SuiteDatabases.query("domain", "SELECT site_id::text AS site, count(*) AS n"
                + " FROM domains WHERE is_primary GROUP BY site_id HAVING count(*) > 1")) {
            violations.add("site " + row.get("site") + " has " + row.get("n") + " primary domains");
        }
        int checked = (int) SuiteDatabases.count("domain", "SELECT count(DISTINCT site_id) FROM domains");
        return new Verdict("at most one primary domain per site", checked, violations);
    }

    Verdict nothingLeftUnsent() {
        Map<String, Long> unsent = new LinkedHashMap<>();
        for (String database : SuiteDatabases.ALL) {
            long rows = SuiteDatabases.unsentOutboxRows(database);
            if (rows > 0) {
                unsent.put(database, rows);
            }
        }
        return new Verdict("no outbox row left unsent", SuiteDatabases.ALL.size(),
                unsent.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue() + " unsent").toList());
    }

    Verdict noDeadLetters() {
        List<String> violations = new ArrayList<>();
        for (String database : SuiteDatabases.ALL) {
            for (Map<String, Object> row : SuiteDatabases.query(database,
                    "SELECT topic, error FROM platform.dead_letters")) {
                violations.add(database + ": " + row.get("topic") + " — " + row.get("error"));
            }
        }
        return new Verdict("no dead letter", SuiteDatabases.ALL.size(), violations);
    }

    private List<Account> living() {
        return accounts.stream().filter(a -> !a.accountDeleted).toList();
    }

    /** The envelopes of the given event types, in topic order, of the driver's customers only. */
    private List<JsonNode> events(String... types) {
        Set<String> customers = new HashSet<>();
        accounts.forEach(a -> customers.add(a.customerId));
        Set<String> wanted = Set.of(types);
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            if (record.key() == null || !customers.contains(record.key())) {
                continue;
            }
            JsonNode envelope = JSON.readTree(record.value());
            if (wanted.contains(envelope.get("type").asString())) {
                events.add(envelope);
            }
        }
        return events;
    }
}
