package io.accountsuite.membership.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.entitlement.Entitlements.TemplateChoice;
import io.accountsuite.membership.entitlement.Entitlements.TemplateMode;
import io.accountsuite.membership.entitlement.ProductLimits;
import io.accountsuite.membership.money.Money;
import io.r2dbc.spi.Readable;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The products table. Limits and template choices are stored as JSON documents. */
@Repository
@RequiredArgsConstructor
public class Products {

    private static final String COLUMNS = "id, type, name, slug, description, currency, price, setup_fee, "
            + "period_duration, period_unit, billing_cycles, product_group, active, add_on_ids, limits, "
            + "template_mode, templates, trial_days";

    private final DatabaseClient db;
    private final JsonMapper json;

    public Flux<Product> all() {
        return db.sql("SELECT " + COLUMNS + " FROM products ORDER BY type, price, name").map(this::read).all();
    }

    public Mono<Product> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM products WHERE id = :id").bind("id", id).map(this::read).one();
    }

    /** Every product with one of these ids, by id. */
    public Mono<Map<UUID, Product>> byIds(Collection<UUID> ids) {
        return db.sql("SELECT " + COLUMNS + " FROM products WHERE id = ANY(:ids)")
                .bind("ids", ids.toArray(UUID[]::new))
                .map(this::read).all()
                .collectMap(Product::id, p -> p, LinkedHashMap::new);
    }

    public Mono<Product> save(Product p, Instant now) {
        return db.sql("INSERT INTO products (" + COLUMNS + ", created_at, updated_at) VALUES (:id, :type, :name, "
                        + ":slug, :description, :currency, :price, :setup, :duration, :unit, :cycles, :grp, :active, "
                        + ":addOns, :limits, :mode, :templates, :trial, :now, :now) ON CONFLICT (id) DO UPDATE SET "
                        + "type = :type, name = :name, slug = :slug, description = :description, currency = :currency, "
                        + "price = :price, setup_fee = :setup, period_duration = :duration, period_unit = :unit, "
                        + "billing_cycles = :cycles, product_group = :grp, active = :active, add_on_ids = :addOns, "
                        + "limits = :limits, template_mode = :mode, templates = :templates, trial_days = :trial, "
                        + "updated_at = :now")
                .bind("id", p.id()).bind("type", p.type().value()).bind("name", p.name()).bind("slug", p.slug())
                .bind("description", p.description()).bind("currency", p.price().currency().getCurrencyCode())
                .bind("price", p.price().amount()).bind("setup", p.setupFee().amount())
                .bind("duration", p.period().duration()).bind("unit", p.period().unit().value())
                .bind("cycles", p.billingCycles())
                .bind("grp", Parameter.fromOrEmpty(p.group(), String.class))
                .bind("active", p.active()).bind("addOns", p.addOnIds().toArray(UUID[]::new))
                .bind("limits", json.writeValueAsString(p.limits())).bind("mode", p.templateMode().value())
                .bind("templates", json.writeValueAsString(templateValues(p.templates())))
                .bind("trial", p.trialDays())
                .bind("now", now)
                .fetch().rowsUpdated()
                .onErrorMap(DuplicateKeyException.class, e -> new SlugTaken())
                .thenReturn(p);
    }

    private Product read(Readable row) {
        Currency currency = Currency.getInstance(row.get("currency", String.class));
        Map<String, String> templates = json.readValue(row.get("templates", String.class),
                new TypeReference<Map<String, String>>() {
                });
        Map<String, TemplateChoice> choices = new LinkedHashMap<>();
        templates.forEach((id, choice) -> choices.put(id, TemplateChoice.of(choice)));
        return new Product(row.get("id", UUID.class), Product.Type.of(row.get("type", String.class)),
                row.get("name", String.class), row.get("slug", String.class), row.get("description", String.class),
                new Money(row.get("price", BigDecimal.class), currency),
                new Money(row.get("setup_fee", BigDecimal.class), currency),
                new BillingPeriod(row.get("period_duration", Integer.class),
                        BillingPeriod.Unit.of(row.get("period_unit", String.class))),
                row.get("billing_cycles", Integer.class), row.get("product_group", String.class),
                row.get("active", Boolean.class), List.copyOf(Arrays.asList(row.get("add_on_ids", UUID[].class))),
                json.readValue(row.get("limits", String.class), ProductLimits.class),
                TemplateMode.of(row.get("template_mode", String.class)), choices,
                row.get("trial_days", Integer.class));
    }

    private static Map<String, String> templateValues(Map<String, TemplateChoice> templates) {
        Map<String, String> values = new LinkedHashMap<>();
        templates.forEach((id, choice) -> values.put(id, choice.value()));
        return values;
    }

    /** Another product already has this slug. */
    public static final class SlugTaken extends RuntimeException {
        public SlugTaken() {
            super("slug taken", null, false, false);
        }
    }
}
