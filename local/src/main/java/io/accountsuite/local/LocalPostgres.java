package io.accountsuite.local;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 from zonky's binaries, its data directory kept under the suite's data directory between runs, with
 * one database per service.
 */
final class LocalPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static LocalPostgres start(SuiteSettings settings, Collection<String> databases) throws IOException {
        Path data = settings.dataDir().resolve("postgres");
        Path binaries = settings.dataDir().resolve("postgres-binaries");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setPort(settings.postgresPort())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setRegisterShutdownHook(false)
                .start();
        LocalPostgres local = new LocalPostgres(postgres);
        local.createDatabases(databases);
        return local;
    }

    private void createDatabases(Collection<String> databases) throws IOException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", "")) {
            for (String database : databases) {
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
                exists.setString(1, database);
                if (!exists.executeQuery().next()) {
                    connection.createStatement().execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot create the services' databases", e);
        }
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
