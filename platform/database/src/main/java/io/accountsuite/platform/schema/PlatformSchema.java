package io.accountsuite.platform.schema;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates the platform's own tables (outbox, inbox) in the {@code platform} schema, with a history table of its
 * own, before anything that uses them starts.
 */
public final class PlatformSchema {

    public static final String SCHEMA = "platform";
    private static final Logger log = LoggerFactory.getLogger(PlatformSchema.class);

    private PlatformSchema() {
    }

    public static PlatformSchema migrate(String jdbcUrl, String user, String password) {
        var result = Flyway.configure()
                .dataSource(jdbcUrl, user, password)
                .schemas(SCHEMA)
                .createSchemas(true)
                .table("platform_schema_history")
                .locations("classpath:db/platform")
                .load()
                .migrate();
        log.info("platform schema at version {} ({} migrations applied)", result.targetSchemaVersion,
                result.migrationsExecuted);
        return new PlatformSchema();
    }
}
