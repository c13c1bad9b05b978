package io.accountsuite.e2e.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.accountsuite.e2e.RunningSuite;

/** The running suite's databases, read over JDBC as an operator's query would: rows as column → value maps. */
final class SuiteDatabases {

    /** The services that own a database, by database name. */
    static final List<String> ALL = List.of("identity", "membership", "billing", "site", "domain", "notification");

    private SuiteDatabases() {
    }

    static List<Map<String, Object>> query(String database, String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(RunningSuite.jdbcUrl(database), "postgres", "");
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql, e);
        }
    }

    /** The single number a {@code SELECT count(*) ...} answers. */
    static long count(String database, String sql, Object... parameters) {
        return ((Number) query(database, sql, parameters).get(0).values().iterator().next()).longValue();
    }

    /** The events the database's outbox holds that its relay has not published yet. */
    static long unsentOutboxRows(String database) {
        return count(database, "SELECT count(*) FROM platform.outbox WHERE sent_at IS NULL");
    }
}
