package io.accountsuite.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Empties every table of the application's database (its own schema and the platform's outbox and inbox) before
 * each test, keeping the migration history, so tests share one database and one Spring context without sharing
 * data.
 */
public class CleanDatabase implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext extension) throws SQLException {
        ApplicationContext context = SpringExtension.getApplicationContext(extension);
        String database = context.getEnvironment().getProperty("platform.database");
        if (database != null) {
            truncateAll(database);
        }
    }

    /**
     * Background work of the application (a relay, a poller every 200 ms) takes locks on several tables in its own
     * order while TRUNCATE takes them in the list's; PostgreSQL breaks such a deadlock by failing one side, and
     * emptying is tried again after a short, growing pause, so that the poller's transaction can finish first.
     */
    public static void truncateAll(String database) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                truncateOnce(database);
                return;
            } catch (SQLException e) {
                boolean deadlock = "40P01".equals(e.getSQLState());
                if (!deadlock || attempt == 20) {
                    throw e;
                }
                pause(Duration.ofMillis(25L * attempt));
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void truncateOnce(String database) throws SQLException {
        try (Connection connection = Infrastructure.postgres().connect(database)) {
            List<String> tables = new ArrayList<>();
            try (var rows = connection.createStatement().executeQuery("""
                    SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables
                    WHERE schemaname IN ('public', 'platform') AND tablename NOT LIKE '%schema_history'""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                try (var truncate = connection.createStatement()) {
                    truncate.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
                }
            }
        }
    }
}
