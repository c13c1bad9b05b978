package io.accountsuite.billing.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.validation.EmailShape;
import io.accountsuite.platform.validation.PlainText;

/**
 * Checks and normalises a billing address: fields trimmed, blanks made absent, Unicode letters welcome, control
 * characters and over-long values refused, the region required where the country uses one, the postal code in
 * the country's format, the VAT number in its EU member state's format.
 */
public final class AddressValidation {

    /** What the customer sent, before checks. */
    public record Input(String companyName, String email, String line1, String line2, String city, String region,
                        String postalCode, String country, String vatNumber) {
    }

    /** One invalid field: {@code field} as the request names it, {@code message} for people in their language. */
    public record Invalid(String field, Message message) {
    }

    /** Either a normalised address or the list of what is wrong. */
    public record Result(BillingAddress address, List<Invalid> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private AddressValidation() {
    }

    public static Result validate(UUID customerId, Input in) {
        List<Invalid> errors = new ArrayList<>();
        String company = text(in.companyName(), "companyName", 200, false, errors);
        String email = text(in.email(), "email", 254, true, errors);
        String line1 = text(in.line1(), "line1", 200, true, errors);
        String line2 = text(in.line2(), "line2", 200, false, errors);
        String city = text(in.city(), "city", 100, true, errors);
        String region = text(in.region(), "region", 100, false, errors);
        String postal = text(in.postalCode(), "postalCode", 20, false, errors);
        String country = text(in.country(), "country", 2, true, errors);
        String vat = text(in.vatNumber(), "vatNumber", 20, false, errors);

        if (email != null && !EmailShape.matches(email)) {
            errors.add(new Invalid("email", Message.of("billing.address.email")));
        }
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!AddressRules.COUNTRIES.contains(country)) {
                errors.add(new Invalid("country", Message.of("billing.address.country")));
                country = null;
            }
        }
        if (country != null) {
            if (region == null && AddressRules.WITH_REGION.contains(country)) {
                errors.add(new Invalid("region", Message.of("billing.address.region-required", country)));
            }
            postal = checkPostalCode(country, postal, errors);
            vat = checkVat(country, vat, errors);
        }
        if (!errors.isEmpty()) {
            return new Result(null, List.copyOf(errors));
        }
        return new Result(new BillingAddress(customerId, company, email, line1, line2, city, region, postal, country,
                vat), List.of());
    }

    private static String checkPostalCode(String country, String postal, List<Invalid> errors) {
        if (postal == null) {
            if (!AddressRules.WITHOUT_POSTAL_CODE.contains(country)) {
                errors.add(new Invalid("postalCode", Message.of("billing.address.postal-code-required", country)));
            }
            return null;
        }
        String upper = postal.toUpperCase(Locale.ROOT);
        Pattern format = AddressRules.POSTAL_CODES.get(country);
        if (format != null && !format.matcher(upper).matches()) {
            errors.add(new Invalid("postalCode", Message.of("billing.address.postal-code-invalid", country)));
        } else if (format == null && !upper.matches("[A-Z0-9][A-Z0-9 -]{1,11}")) {
            errors.add(new Invalid("postalCode", Message.of("billing.address.postal-code-shape")));
        }
        return upper;
    }

    private static String checkVat(String country, String vat, List<Invalid> errors) {
        if (vat == null) {
            return null;
        }
        String compact = vat.toUpperCase(Locale.ROOT).replaceAll("[\\s.-]", "");
        Pattern format = AddressRules.VAT_NUMBERS.get(country);
        if (format == null) {
            errors.add(new Invalid("vatNumber", Message.of("billing.address.vat-eu-only")));
        } else if (!format.matcher(compact).matches()) {
            errors.add(new Invalid("vatNumber", Message.of("billing.address.vat-invalid", country)));
        }
        return compact;
    }

    /** Trimmed text, or null when blank; refuses control characters and over-long values. */
    private static String text(String value, String field, int max, boolean required, List<Invalid> errors) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                errors.add(new Invalid(field, Message.of("billing.address.required")));
            }
            return null;
        }
        if (!PlainText.isSingleLine(trimmed)) {
            errors.add(new Invalid(field, Message.of("billing.address.control-characters")));
            return null;
        }
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            errors.add(new Invalid(field, Message.of("billing.address.too-long", max)));
            return null;
        }
        return trimmed;
    }
}
