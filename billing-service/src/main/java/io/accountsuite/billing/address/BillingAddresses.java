package io.accountsuite.billing.address;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The billing_addresses table: one address per customer. */
@Repository
@RequiredArgsConstructor
public class BillingAddresses {

    private final DatabaseClient db;

    public Mono<BillingAddress> find(UUID customerId) {
        return db.sql("SELECT * FROM billing_addresses WHERE customer_id = :c").bind("c", customerId)
                .map(BillingAddresses::read).one();
    }

    public Mono<BillingAddress> save(BillingAddress a, Instant now) {
        return db.sql("""
                        INSERT INTO billing_addresses (customer_id, company_name, email, line1, line2, city, region,
                                                       postal_code, country, vat_number, updated_at)
                        VALUES (:c, :company, :email, :line1, :line2, :city, :region, :postal, :country, :vat, :now)
                        ON CONFLICT (customer_id) DO UPDATE SET company_name = :company, email = :email,
                            line1 = :line1, line2 = :line2, city = :city, region = :region, postal_code = :postal,
                            country = :country, vat_number = :vat, updated_at = :now""")
                .bind("c", a.customerId()).bind("company", optional(a.companyName())).bind("email", a.email())
                .bind("line1", a.line1()).bind("line2", optional(a.line2())).bind("city", a.city())
                .bind("region", optional(a.region())).bind("postal", optional(a.postalCode()))
                .bind("country", a.country()).bind("vat", optional(a.vatNumber())).bind("now", now)
                .fetch().rowsUpdated().thenReturn(a);
    }

    private static Parameter optional(String value) {
        return Parameter.fromOrEmpty(value, String.class);
    }

    private static BillingAddress read(Readable row) {
        return new BillingAddress(row.get("customer_id", UUID.class), row.get("company_name", String.class),
                row.get("email", String.class), row.get("line1", String.class), row.get("line2", String.class),
                row.get("city", String.class), row.get("region", String.class), row.get("postal_code", String.class),
                row.get("country", String.class).strip(), row.get("vat_number", String.class));
    }
}
