package io.accountsuite.membership.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.MembershipProblems;
import io.accountsuite.membership.entitlement.Entitlements.TemplateChoice;
import io.accountsuite.membership.entitlement.Entitlements.TemplateMode;
import io.accountsuite.membership.entitlement.ProductLimits;
import io.accountsuite.membership.money.Money;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.validation.MultiLine;
import io.accountsuite.platform.validation.SingleLine;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The public catalog, and the admin's products with how many memberships hold each. */
@RestController
@RequiredArgsConstructor
class CatalogController {

    private final Products products;
    private final ProductEditing editing;
    private final ProductHolders holders;

    record ProductForm(
            @NotNull @Pattern(regexp = "plan|package|service") String type,
            @NotBlank @Size(max = 120) @SingleLine String name,
            @NotNull @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?") String slug,
            @Size(max = 2000) @MultiLine String description,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 4) BigDecimal price,
            @DecimalMin("0") @Digits(integer = 13, fraction = 4) BigDecimal setupFee,
            @NotNull @Min(0) @Max(1000) Integer periodDuration,
            @NotNull @Pattern(regexp = "day|week|month|year|one-time|lifetime") String periodUnit,
            @Min(0) @Max(1000) Integer billingCycles,
            @Size(max = 60) @SingleLine String group,
            Boolean active,
            List<UUID> addOns,
            @Valid LimitsForm limits,
            @Pattern(regexp = "default|assign|choose") String templateMode,
            Map<String, @Pattern(regexp = "available|not-available|pre-selected") String> templates,
            @Min(0) @Max(365) Integer trialDays) {
    }

    record LimitsForm(@Min(0) Long diskMb, @Min(0) Long posts, @Min(0) Long pages, @Min(0) Long visitsPerMonth,
                      @Min(0) Long users, @Min(0) Long sites, Boolean customDomains) {
    }

    /**
     * Lists the products on sale: plans, packages and services, with prices and limits.
     *
     * Public. Prices as {@code {amount, currency}}, the amount a decimal string; the billing period as a duration and a
     * unit (day, week, month, year, one-time, lifetime).
     */
    @GetMapping("/api/catalog")
    Flux<ProductView> catalog() {
        return products.all().filter(Product::active).map(ProductView::of);
    }

    /** Lists every product, on sale or not, with how many memberships hold it (role admin). */
    @GetMapping("/api/admin/products")
    Flux<AdminProductView> all() {
        return products.all().collectList().flatMapMany(all -> holders.count(all.stream().map(Product::id).toList())
                .flatMapMany(counts -> Flux.fromIterable(all).map(p -> adminView(p, counts))));
    }

    /** Retrieves one product with how many memberships hold it (role admin). 404 for an unknown id. */
    @GetMapping("/api/admin/products/{id}")
    Mono<AdminProductView> one(@PathVariable UUID id) {
        return products.find(id).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("product")))
                .flatMap(this::withHolders);
    }

    /**
     * Creates a product: a plan, a package or a service (role admin).
     *
     * 201 with the product and its holders (none). {@code price} and {@code setupFee} decimal numbers in {@code
     * currency} (ISO 4217, fixed once created).
     */
    @ApiResponse(responseCode = "409", description = "slug-taken: another product has this slug")
    @PostMapping("/api/admin/products")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<AdminProductView> create(@Valid @RequestBody ProductForm form, Caller admin) {
        return save(UUID.randomUUID(), form, null, admin);
    }

    /**
     * Edits a product (role admin); deactivating one answers how many memberships still hold it (they keep it).
     *
     * The whole form replaces the product's; its currency cannot change.
     */
    @ApiResponse(responseCode = "200", description = "The product with how many memberships hold it")
    @ApiResponse(responseCode = "409", description = "slug-taken: another product has this slug")
    @PutMapping("/api/admin/products/{id}")
    Mono<AdminProductView> update(@PathVariable UUID id, @Valid @RequestBody ProductForm form, Caller admin) {
        return products.find(id).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("product")))
                .flatMap(before -> save(id, form, before, admin));
    }

    private Mono<AdminProductView> withHolders(Product product) {
        return holders.count(List.of(product.id())).map(counts -> adminView(product, counts));
    }

    private static AdminProductView adminView(Product product, Map<UUID, Long> counts) {
        return new AdminProductView(ProductView.of(product), counts.getOrDefault(product.id(), 0L));
    }

    private Mono<AdminProductView> save(UUID id, ProductForm form, Product before, Caller admin) {
        if (!List.of("one-time", "lifetime").contains(form.periodUnit()) && form.periodDuration() < 1) {
            return Mono.error(ApiProblem.invalid("periodDuration", Message.of("membership.catalog.period")));
        }
        ApiProblem currencyRefused = refusedCurrency(form.currency(), before);
        if (currencyRefused != null) {
            return Mono.error(currencyRefused);
        }
        Product product = toProduct(id, form);
        return products.byIds(product.addOnIds())
                .flatMap(found -> found.size() != product.addOnIds().size()
                        || found.values().stream().anyMatch(Product::isPlan)
                        ? Mono.error(ApiProblem.invalid("addOns", Message.of("membership.catalog.add-ons")))
                        : editing.save(admin, product, before))
                .onErrorMap(Products.SlugTaken.class, e -> MembershipProblems.SLUG_TAKEN
                        .problem(Message.of("membership.catalog.slug-taken"))
                        .field("slug", Message.of("membership.catalog.used")))
                .flatMap(this::withHolders);
    }

    /**
     * Why {@code currency} cannot be the product's: not an ISO 4217 code, or not the currency the product was created
     * in (its members were charged in it, and a change would mix currencies in their proration and renewals); null
     * when it can.
     */
    private static @Nullable ApiProblem refusedCurrency(String currency, @Nullable Product before) {
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            return ApiProblem.invalid("currency", Message.of("membership.catalog.currency-unknown"));
        }
        return before == null || before.price().currency().getCurrencyCode().equals(currency) ? null
                : ApiProblem.invalid("currency", Message.of("membership.catalog.currency-fixed", currency));
    }

    private static Product toProduct(UUID id, ProductForm f) {
        Product.Type type = Product.Type.of(f.type());
        LimitsForm l = f.limits() == null ? new LimitsForm(null, null, null, null, null, null, null) : f.limits();
        Map<String, TemplateChoice> templates = new LinkedHashMap<>();
        if (f.templates() != null) {
            f.templates().forEach((template, choice) -> templates.put(template, TemplateChoice.of(choice)));
        }
        Money price = new Money(f.price(), Currency.getInstance(f.currency()));
        Money setup = new Money(f.setupFee() == null ? BigDecimal.ZERO : f.setupFee(), price.currency());
        return new Product(id, type, f.name().strip(), f.slug(), f.description() == null ? "" : f.description().strip(),
                price, setup, new BillingPeriod(f.periodDuration(), BillingPeriod.Unit.of(f.periodUnit())),
                f.billingCycles() == null ? 0 : f.billingCycles(), f.group(), f.active() == null || f.active(),
                type == Product.Type.PLAN && f.addOns() != null ? f.addOns() : List.of(),
                new ProductLimits(l.diskMb(), l.posts(), l.pages(), l.visitsPerMonth(), l.users(), l.sites(),
                        l.customDomains()),
                f.templateMode() == null ? TemplateMode.DEFAULT : TemplateMode.of(f.templateMode()),
                templates, f.trialDays() == null ? 0 : f.trialDays());
    }
}
