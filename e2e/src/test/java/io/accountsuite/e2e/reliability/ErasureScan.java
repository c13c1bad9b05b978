package io.accountsuite.e2e.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.accountsuite.e2e.RunningSuite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The erasure scan: every table of every service's database and every topic, read from its beginning, searched
 * for an erased customer's id, email, name, site titles and domain names (needles). What may remain is what the
 * product keeps on purpose (contracts/PERSONAL_DATA.md): the legal invoice archive, each service's tombstone (the id
 * alone), the deletion's status, and events on the topics until their retention ends.
 */
public final class ErasureScan {

    private static final Pattern EVENT_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([A-Za-z]+)\"");

    private ErasureScan() {
    }

    /**
     * Where each needle may remain in the databases: the tombstones and the deletion's status hold the id alone;
     * the legal archive holds the buyer's name as issued on the invoices.
     */
    public static void assertOnlyWhereKeptOnPurpose(Map<String, Map<String, Integer>> found,
                                                     Map<String, String> needles) {
        for (var needle : needles.entrySet()) {
            Set<String> places = found.getOrDefault(needle.getValue(), Map.of()).keySet();
            if (needle.getKey().equals("id")) {
                assertThat(places).as("the id").allMatch(place -> place.endsWith("platform.erased_customers")
                        || place.startsWith("identity.public.deletion_"));
            } else if (needle.getKey().equals("name")) {
                assertThat(places).as("the name").isSubsetOf(Set.of("billing.public.invoice_archive"));
            } else {
                assertThat(places).as(needle.getKey()).isEmpty();
            }
        }
    }

    /**
     * Waits until notification-service's {@code messages} holds nothing addressed to {@code email}: an erasure
     * queues the farewell mail detached from the customer and deletes it once it left (CustomerErasure), so until
     * then the address is there on purpose.
     */
    public static void awaitFarewellGone(String email) {
        await("the farewell mail to " + email + " sent and deleted").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500)).until(() -> SuiteDatabases.count("notification",
                        "SELECT count(*) FROM messages WHERE recipient ILIKE ?", email) == 0);
    }

    /** For each needle: database.schema.table → rows whose text contains it. */
    public static Map<String, Map<String, Integer>> databases(Iterable<String> needles) throws Exception {
        Map<String, Map<String, Integer>> found = new LinkedHashMap<>();
        for (String database : SuiteDatabases.ALL) {
            try (Connection db = DriverManager.getConnection(RunningSuite.jdbcUrl(database), "postgres", "")) {
                for (String table : tables(db)) {
                    for (String needle : needles) {
                        int rows = rowsContaining(db, table, needle);
                        if (rows > 0) {
                            found.computeIfAbsent(needle, n -> new TreeMap<>()).put(database + "." + table, rows);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> tables(Connection db) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery("SELECT schemaname || '.' || tablename FROM pg_tables"
                + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static int rowsContaining(Connection db, String table, String needle) throws Exception {
        var query = db.prepareStatement("SELECT count(*) FROM " + table + " t WHERE t::text ILIKE ?");
        query.setString(1, "%" + needle + "%");
        try (ResultSet count = query.executeQuery()) {
            count.next();
            return count.getInt(1);
        }
    }

    /**
     * For each needle: "topic/EventType" → records whose key or value contains it, every topic read from its
     * beginning.
     */
    public static Map<String, Map<String, Integer>> topics(Iterable<String> needles) {
        Map<String, Map<String, Integer>> found = new LinkedHashMap<>();
        for (var record : SuiteTopics.everyRecord()) {
            for (String needle : needles) {
                if (contains(record.key(), needle) || contains(record.value(), needle)) {
                    found.computeIfAbsent(needle, n -> new TreeMap<>())
                            .merge(record.topic() + "/" + eventType(record.value()), 1, Integer::sum);
                }
            }
        }
        return found;
    }

    private static String eventType(String value) {
        Matcher type = value == null ? null : EVENT_TYPE.matcher(value);
        return type != null && type.find() ? type.group(1) : "?";
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase().contains(needle.toLowerCase());
    }


    /**
     * Where each needle may stay on a topic until its retention ends (7 days, deploy/kafka-topics), by event
     * (contracts/PERSONAL_DATA.md): the id anywhere (the events' key); the email and name in what notification-service
     * needs to write to the customer; the site title in MembershipCreated; a domain name in the DomainStageChanged
     * that ended its verification. Nothing else of the customer may be on a topic.
     */
    public static final Map<String, Set<String>> TOPIC_RESIDUE = Map.of(
            "email", Set.of("identity.events/CustomerRegistered", "identity.events/EmailChangeRequested"),
            "name", Set.of("identity.events/CustomerRegistered"),
            "site title", Set.of("membership.events/MembershipCreated"),
            "domain name", Set.of("domain.events/DomainStageChanged"),
            "other domain name", Set.of("domain.events/DomainStageChanged"));

    public static void assertTopicsHoldOnlyTheDocumentedResidue(Map<String, Map<String, Integer>> found,
                                                               Map<String, String> needles) {
        for (var needle : needles.entrySet()) {
            if (!needle.getKey().equals("id")) {
                assertThat(found.getOrDefault(needle.getValue(), Map.of()).keySet())
                        .as("the %s on a topic, beyond contracts/PERSONAL_DATA.md", needle.getKey())
                        .isSubsetOf(TOPIC_RESIDUE.getOrDefault(needle.getKey(), Set.of()));
            }
        }
    }

    /** The report's section: where each needle was found, and the invariants after the replay. */
    static String report(Map<String, String> needles, Map<String, Map<String, Integer>> databases,
                         Map<String, Map<String, Integer>> topics, List<Invariants.Verdict> verdicts) {
        StringBuilder report = new StringBuilder("## Erasure, after the faults and a replay of every topic\n\n")
                .append("The customer who deleted the account during the fault scenario, searched for in every table")
                .append(" of the six databases and every record of every topic (read from the beginning). Kept on")
                .append(" purpose: the id in the tombstones and the deletion's status, the name in the legal invoice")
                .append(" archive; on the topics until retention, the id (the events' key), the email and name in")
                .append(" CustomerRegistered, the site title in MembershipCreated and a domain name in the")
                .append(" DomainStageChanged that ended its verification (contracts/PERSONAL_DATA.md).\n\n");
        report.append(ReliabilityReport.table(List.of("needle", "rows in databases", "records on topics"),
                needles.entrySet().stream().map(n -> List.of(n.getKey(),
                        databases.getOrDefault(n.getValue(), Map.of()).toString(),
                        topics.getOrDefault(n.getValue(), Map.of()).toString()))));
        report.append("\nThe fault scenario's invariants again, after each service replayed every topic from its")
                .append(" beginning under a fresh consumer group:\n\n");
        report.append(ReliabilityReport.table(List.of("invariant", "checked", "violations"), verdicts.stream()
                .map(v -> List.of(v.rule(), Integer.toString(v.checked()), Integer.toString(v.violations().size())))));
        return report.toString();
    }
}
