package io.accountsuite.e2e.reliability.hostile;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.accountsuite.e2e.reliability.hostile.Endpoint.Field;

import static io.accountsuite.e2e.reliability.hostile.Fields.amount;
import static io.accountsuite.e2e.reliability.hostile.Fields.multiLine;
import static io.accountsuite.e2e.reliability.hostile.Fields.pattern;
import static io.accountsuite.e2e.reliability.hostile.Fields.text;
import static io.accountsuite.e2e.reliability.hostile.Fields.wholeNumber;
import static io.accountsuite.e2e.reliability.hostile.Fields.word;

/**
 * An admin's product form (membership-service {@code CatalogController.ProductForm}): a one-time service, never a
 * plan's add-on, so that even an accepted one would not change what plans offer.
 */
final class ProductFields {

    private ProductFields() {
    }

    static Field[] all() {
        Map<String, Object> limits = Map.of("posts", 10, "pages", 5);
        return new Field[] {
                word("type", "service", Set.of("plan", "package", "service"), true),
                text("name", "Hostile help", 120),
                pattern("slug", "hostile-help", "[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?", true),
                multiLine("description", "Help", 2000, false),
                pattern("currency", "USD", "[A-Z]{3}", true),
                amount("price", "1.00", false),
                wholeNumber("periodDuration", 0, 0, 1000, true),
                word("periodUnit", "one-time", Set.of("day", "week", "month", "year", "one-time", "lifetime"), true),
                wholeNumber("billingCycles", null, 0, 1000, false),
                wholeNumber("trialDays", null, 0, 365, false),
                word("templateMode", null, Set.of("default", "assign", "choose"), false),
                // Each limit may be left out (no limit of that kind); a negative one or a non-number is refused.
                Fields.object("limits", limits, List.of(wholeNumber("posts", 10, 0, Long.MAX_VALUE, false),
                        wholeNumber("pages", 5, 0, Long.MAX_VALUE, false))).optional()};
    }
}
