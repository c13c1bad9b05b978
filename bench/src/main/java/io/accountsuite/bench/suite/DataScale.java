package io.accountsuite.bench.suite;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.HdrHistogram.Histogram;

import static io.accountsuite.bench.suite.OpenLoad.ms;
import static java.util.stream.Collectors.joining;

/**
 * 6. Data scale: ann's page with 1,000 and then 100,000 other customers in every service's database, each with a
 * membership, a site, 2 domains and 12 invoices. The rows are copied from ann's own at SQL level
 * ({@code INSERT … SELECT} over her row with new keys), and every key is derived from the customer's number
 * ({@code md5('customer-' || n)::uuid}), so the five databases agree without talking to each other.
 */
@RequiredArgsConstructor
final class DataScale {

    private static final String CUSTOMER = "md5('customer-' || g)::uuid";
    private static final String MEMBERSHIP = "md5('membership-' || g)::uuid";
    private static final String SITE = "md5('site-' || g)::uuid";

    private final Api api;
    private final Report report;
    private final int postgresPort;

    void run() throws SQLException {
        String token = api.signIn(Api.ANN);
        HttpRequest page = api.get(api.gateway("/api/account"), token);
        UUID ann = customerId();
        seed(ann, 1, 1_000);
        Histogram small = measure(page);
        seed(ann, 1_001, 100_000);
        Histogram large = measure(page);
        double ratio = large.getValueAtPercentile(50) / (double) small.getValueAtPercentile(50);
        report.figure("data scale, page p50 with 100k ÷ with 1k customers", String.format("%.2f (%s vs %s)",
                ratio, ms(large, 50), ms(small, 50)), "≤ 1.2", ratio <= 1.2);
        report.detail("page at 1 client with 1k customers: p50 " + ms(small, 50) + ", p99 " + ms(small, 99)
                + "; with 100k: p50 " + ms(large, 50) + ", p99 " + ms(large, 99));
    }

    private Histogram measure(HttpRequest page) {
        OpenLoad.oneClient(api.http, page, 300);
        return OpenLoad.oneClient(api.http, page, 1_000);
    }

    private UUID customerId() throws SQLException {
        try (Connection db = connect("identity"); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("SELECT id FROM customers WHERE email = '" + Api.ANN + "'")) {
            row.next();
            return row.getObject(1, UUID.class);
        }
    }

    /** Customers {@code from}..{@code to} in every service's database, then fresh planner statistics. */
    private void seed(UUID ann, int from, int to) throws SQLException {
        long start = System.nanoTime();
        StringBuilder counts = new StringBuilder();
        Map<String, String> owner = Map.of("customer_id", CUSTOMER, "membership_id", MEMBERSHIP);
        try (Connection db = connect("identity")) {
            counts.append(copy(db, ann, from, to, "customers", "id", 1,
                    Map.of("id", CUSTOMER, "email", "'seed-' || g || '@example.com'")));
        }
        try (Connection db = connect("membership")) {
            counts.append(copy(db, ann, from, to, "memberships", "customer_id", 1, Map.of("id", MEMBERSHIP,
                    "customer_id", CUSTOMER, "reference", "upper(substr(md5('ref-' || g), 1, 10))")));
        }
        try (Connection db = connect("billing")) {
            counts.append(copy(db, ann, from, to, "billing_addresses", "customer_id", 1, owner));
            counts.append(copy(db, ann, from, to, "invoices", "customer_id", 12, Map.of(
                    "id", "md5('invoice-' || g || '-' || k)::uuid", "number", "'SEED-' || g || '-' || k",
                    "customer_id", CUSTOMER, "membership_id", MEMBERSHIP,
                    "source_event_id", "md5('event-' || g || '-' || k)::uuid")));
        }
        try (Connection db = connect("site")) {
            counts.append(copy(db, ann, from, to, "entitlements", "customer_id", 1, owner));
            counts.append(copy(db, ann, from, to, "membership_standing", "customer_id", 1, owner));
            counts.append(copy(db, ann, from, to, "sites", "customer_id", 1, Map.of("id", SITE,
                    "customer_id", CUSTOMER, "membership_id", MEMBERSHIP, "slug", "'seed-' || g")));
        }
        try (Connection db = connect("domain")) {
            counts.append(copy(db, ann, from, to, "membership_entitlements", "customer_id", 1, owner));
            counts.append(copy(db, ann, from, to, "sites", "customer_id", 1, Map.of("site_id", SITE,
                    "customer_id", CUSTOMER, "membership_id", MEMBERSHIP)));
            counts.append(domains(db, from, to));
        }
        report.detail(String.format("seeded customers %,d–%,d in %.0f s:%s", from, to,
                (System.nanoTime() - start) / 1e9, counts));
    }

    /**
     * Copies ann's first row of {@code table} (where {@code ownerColumn} is her id) {@code times} times for each
     * customer {@code g} in from..to ({@code k} numbers the copies), every column as it is but those of
     * {@code overrides} (column → SQL expression of g and k; columns the table lacks are skipped).
     */
    private static String copy(Connection db, UUID ann, int from, int to, String table, String ownerColumn,
                               int times, Map<String, String> overrides) throws SQLException {
        List<String> columns = columns(db, table);
        String values = columns.stream().map(c -> overrides.getOrDefault(c, "t." + c)).collect(joining(", "));
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + values
                + " FROM (SELECT * FROM " + table + " WHERE " + ownerColumn + " = ? LIMIT 1) t,"
                + " generate_series(?, ?) g, generate_series(1, ?) k";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            insert.setObject(1, ann);
            insert.setInt(2, from);
            insert.setInt(3, to);
            insert.setInt(4, times);
            int rows = insert.executeUpdate();
            analyze(db, table);
            return " " + table + " " + String.format("%,d", rows) + ",";
        }
    }

    private static List<String> columns(Connection db, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    /** Two domains a site, verified: ann's Basic plan has none to copy. */
    private static String domains(Connection db, int from, int to) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO domains (id, site_id, customer_id, name, is_primary, stage, secure, attempts, created_at)
                SELECT md5('domain-' || g || '-' || k)::uuid, %s, %s, 'd' || k || '.seed-' || g || '.example',
                       k = 1, 'done', true, 0, now()
                FROM generate_series(?, ?) g, generate_series(1, 2) k""".formatted(SITE, CUSTOMER))) {
            insert.setInt(1, from);
            insert.setInt(2, to);
            int rows = insert.executeUpdate();
            analyze(db, "domains");
            return " domains " + String.format("%,d", rows);
        }
    }

    private static void analyze(Connection db, String table) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("ANALYZE " + table);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database,
                "postgres", "");
    }
}
