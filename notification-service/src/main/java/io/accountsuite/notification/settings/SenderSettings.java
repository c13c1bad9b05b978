package io.accountsuite.notification.settings;

import java.time.Clock;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The sender a network admin saved (a single row); until then the deployment's defaults. */
@Repository
public class SenderSettings {

    private final DatabaseClient db;
    private final Sender defaults;
    private final Clock clock;

    public SenderSettings(DatabaseClient db, NotificationDefaults defaults, Clock clock) {
        this.db = db;
        this.defaults = new Sender(defaults.senderName(), defaults.senderAddress());
        this.clock = clock;
    }

    public Mono<Sender> current() {
        return db.sql("SELECT sender_name, sender_address FROM sender_settings")
                .map(row -> new Sender(row.get("sender_name", String.class), row.get("sender_address", String.class)))
                .one()
                .defaultIfEmpty(defaults);
    }

    public Mono<Sender> save(Sender sender) {
        return db.sql("INSERT INTO sender_settings (id, sender_name, sender_address, updated_at)"
                        + " VALUES (TRUE, :name, :address, :now) ON CONFLICT (id) DO UPDATE SET"
                        + " sender_name = :name, sender_address = :address, updated_at = :now")
                .bind("name", sender.name()).bind("address", sender.address()).bind("now", clock.instant())
                .fetch().rowsUpdated().thenReturn(sender);
    }
}
