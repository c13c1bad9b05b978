package io.accountsuite.e2e.reliability.hostile;

import java.util.Map;

import net.jqwik.api.Arbitraries;

import io.accountsuite.e2e.reliability.hostile.Endpoint.Field;

import static io.accountsuite.e2e.reliability.hostile.Fields.email;
import static io.accountsuite.e2e.reliability.hostile.Fields.optionalText;
import static io.accountsuite.e2e.reliability.hostile.Fields.text;

/**
 * PUT /api/billing/address (billing-service {@code AddressValidation}): a French address, the one the owner has
 * saved, whose fields each refuse control characters and over-long text; the postal code and VAT number their
 * country's format, the country an ISO 3166-1 alpha-2 code.
 */
final class BillingAddressFields {

    /** The address the owner saves before the hostile requests, and each field's baseline. */
    static final Map<String, Object> SAVED = Map.of("email", "billing@example.com", "line1", "1 Rue de la Paix",
            "city", "Lyon", "postalCode", "69001", "country", "FR");

    private BillingAddressFields() {
    }

    static Field[] all() {
        return new Field[] {
                optionalText("companyName", null, 200),
                email("email", SAVED.get("email")),
                text("line1", SAVED.get("line1"), 200),
                optionalText("line2", null, 200),
                text("city", SAVED.get("city"), 100),
                optionalText("region", null, 100),
                new Field("postalCode", SAVED.get("postalCode"), Arbitraries.oneOf(
                        Arbitraries.of("ABCDE", "1234", "123456", "6900 1", "' OR 1=1 --", "<script>", "69001\u0007")
                                .map(s -> (Object) s), HostileValues.notText()), true),
                new Field("country", SAVED.get("country"), Arbitraries.oneOf(
                        Arbitraries.of("XX", "FRA", "F", "ZZ", "' OR 1=1 --", "<b>FR</b>", "F\u0000", "\u202EFR", "12")
                                .map(s -> (Object) s), HostileValues.blank().map(s -> (Object) s),
                        HostileValues.notText()), true),
                new Field("vatNumber", null, Arbitraries.oneOf(
                        Arbitraries.of("FR123", "XX12345678901", "FR' OR 1=1 --", "FRXX123456789012345")
                                .map(s -> (Object) s), HostileValues.notText()), false)};
    }
}
