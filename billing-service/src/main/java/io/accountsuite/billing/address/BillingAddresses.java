package io.accountsuite.billing.address;

import java.time.Instant;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The billing_addresses table: one address per customer, read through R2dbcEntityTemplate, saved with an upsert. */
@Repository
@RequiredArgsConstructor
public class BillingAddresses {

    private final DatabaseClient db;
    private final R2dbcEntityTemplate rows;

    public Mono<BillingAddress> find(UUID customerId) {
        return rows.select(BillingAddress.class).from("billing_addresses")
                .matching(Query.query(Criteria.where("customer_id").is(customerId))).one();
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
}
