package io.accountsuite.billing.address;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Country rules for billing addresses: which countries use a region (state, province), the postal code format of
 * the most common countries (and which have none), and the VAT number format of each EU member state.
 */
final class AddressRules {

    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Countries whose addresses need a state, province or region. */
    static final Set<String> WITH_REGION = Set.of("US", "CA", "AU", "BR", "IN", "MX", "CN", "JP", "AR", "MY", "IT");

    /** Countries without postal codes: the field is optional there. */
    static final Set<String> WITHOUT_POSTAL_CODE = Set.of("HK", "AE", "QA", "IE", "AO", "BS", "BZ", "BO", "FJ",
            "GH", "JM", "KE", "MO", "PA", "TZ", "UG", "ZW", "SA");

    static final Map<String, Pattern> POSTAL_CODES = Map.ofEntries(
            code("US", "\\d{5}(-\\d{4})?"), code("CA", "[A-Z]\\d[A-Z] ?\\d[A-Z]\\d"),
            code("GB", "[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}"), code("FR", "\\d{5}"), code("DE", "\\d{5}"),
            code("IT", "\\d{5}"), code("ES", "\\d{5}"), code("NL", "\\d{4} ?[A-Z]{2}"), code("BE", "\\d{4}"),
            code("CH", "\\d{4}"), code("AT", "\\d{4}"), code("SE", "\\d{3} ?\\d{2}"), code("NO", "\\d{4}"),
            code("DK", "\\d{4}"), code("FI", "\\d{5}"), code("PL", "\\d{2}-\\d{3}"), code("PT", "\\d{4}-\\d{3}"),
            code("IE", "[A-Z]\\d[\\dW] ?[\\dA-Z]{4}"), code("AU", "\\d{4}"), code("NZ", "\\d{4}"),
            code("JP", "\\d{3}-?\\d{4}"), code("CN", "\\d{6}"), code("IN", "\\d{6}"), code("BR", "\\d{5}-?\\d{3}"),
            code("MX", "\\d{5}"), code("AR", "([A-Z]\\d{4}[A-Z]{3}|\\d{4})"), code("ZA", "\\d{4}"),
            code("RU", "\\d{6}"), code("KR", "\\d{5}"), code("SG", "\\d{6}"), code("CZ", "\\d{3} ?\\d{2}"),
            code("SK", "\\d{3} ?\\d{2}"), code("HU", "\\d{4}"), code("GR", "\\d{3} ?\\d{2}"), code("RO", "\\d{6}"),
            code("IL", "\\d{7}"), code("TR", "\\d{5}"), code("LU", "(L-)?\\d{4}"), code("UA", "\\d{5}"),
            code("BG", "\\d{4}"), code("HR", "\\d{5}"), code("SI", "\\d{4}"), code("EE", "\\d{5}"),
            code("LV", "LV-?\\d{4}"), code("LT", "(LT-)?\\d{5}"), code("IS", "\\d{3}"), code("CY", "\\d{4}"),
            code("MT", "[A-Z]{3} ?\\d{4}"), code("TW", "\\d{3}(\\d{2,3})?"), code("TH", "\\d{5}"),
            code("PH", "\\d{4}"), code("ID", "\\d{5}"), code("MY", "\\d{5}"), code("VN", "\\d{6}"),
            code("CL", "\\d{7}"), code("CO", "\\d{6}"), code("PE", "\\d{5}"), code("EG", "\\d{5}"));

    /** EU VAT numbers, with their country prefix (Greece uses EL). */
    static final Map<String, Pattern> VAT_NUMBERS = Map.ofEntries(
            vat("AT", "ATU\\d{8}"), vat("BE", "BE[01]\\d{9}"), vat("BG", "BG\\d{9,10}"), vat("CY", "CY\\d{8}[A-Z]"),
            vat("CZ", "CZ\\d{8,10}"), vat("DE", "DE\\d{9}"), vat("DK", "DK\\d{8}"), vat("EE", "EE\\d{9}"),
            vat("GR", "EL\\d{9}"), vat("ES", "ES[A-Z0-9]\\d{7}[A-Z0-9]"), vat("FI", "FI\\d{8}"),
            vat("FR", "FR[A-HJ-NP-Z0-9]{2}\\d{9}"), vat("HR", "HR\\d{11}"), vat("HU", "HU\\d{8}"),
            vat("IE", "IE(\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W])"), vat("IT", "IT\\d{11}"),
            vat("LT", "LT(\\d{9}|\\d{12})"), vat("LU", "LU\\d{8}"), vat("LV", "LV\\d{11}"), vat("MT", "MT\\d{8}"),
            vat("NL", "NL\\d{9}B\\d{2}"), vat("PL", "PL\\d{10}"), vat("PT", "PT\\d{9}"), vat("RO", "RO\\d{2,10}"),
            vat("SE", "SE\\d{12}"), vat("SI", "SI\\d{8}"), vat("SK", "SK\\d{10}"));

    private AddressRules() {
    }

    private static Map.Entry<String, Pattern> code(String country, String regex) {
        return Map.entry(country, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    private static Map.Entry<String, Pattern> vat(String country, String regex) {
        return Map.entry(country, Pattern.compile(regex));
    }
}
