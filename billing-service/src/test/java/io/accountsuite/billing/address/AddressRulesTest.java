package io.accountsuite.billing.address;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.accountsuite.billing.address.AddressValidation.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One row per country of the rules table: an example postal code in the format the country's postal service
 * publishes (mostly the code of a government building in the capital) and, for EU VAT numbers, the format the
 * European Commission documents for VIES (9 for a digit, X or L for a letter). A country added to the table without
 * an example here fails the first test.
 */
class AddressRulesTest {

    static final Map<String, String> POSTAL_CODE_EXAMPLES = Map.ofEntries(
            entry("US", "20500"), entry("CA", "K1A 0A6"), entry("GB", "SW1A 2AA"), entry("FR", "75007"),
            entry("DE", "11011"), entry("IT", "00186"), entry("ES", "28071"), entry("NL", "2513 AA"),
            entry("BE", "1000"), entry("CH", "3003"), entry("AT", "1010"), entry("SE", "103 33"), entry("NO", "0026"),
            entry("DK", "1240"), entry("FI", "00100"), entry("PL", "00-902"), entry("PT", "1249-068"),
            entry("IE", "D02 X285"), entry("AU", "2600"), entry("NZ", "6160"), entry("JP", "100-8968"),
            entry("CN", "100017"), entry("IN", "110001"), entry("BR", "70150-900"), entry("MX", "06066"),
            entry("AR", "C1064AAD"), entry("ZA", "0001"), entry("RU", "103132"), entry("KR", "03044"),
            entry("SG", "238859"), entry("CZ", "118 01"), entry("SK", "813 70"), entry("HU", "1055"),
            entry("GR", "105 57"), entry("RO", "030167"), entry("IL", "9195015"), entry("TR", "06420"),
            entry("LU", "L-1352"), entry("UA", "01008"), entry("BG", "1169"), entry("HR", "10000"),
            entry("SI", "1000"), entry("EE", "15161"), entry("LV", "LV-1811"), entry("LT", "LT-01108"),
            entry("IS", "150"), entry("CY", "1447"), entry("MT", "VLT 1117"), entry("TW", "10048"),
            entry("TH", "10300"), entry("PH", "1005"), entry("ID", "10110"), entry("MY", "62502"),
            entry("VN", "100000"), entry("CL", "8340430"), entry("CO", "111711"), entry("PE", "15001"),
            entry("EG", "11511"));

    static final Map<String, String> VAT_NUMBER_EXAMPLES = Map.ofEntries(
            entry("AT", "ATU99999999"), entry("BE", "BE0999999999"), entry("BG", "BG999999999"),
            entry("CY", "CY99999999L"), entry("CZ", "CZ99999999"), entry("DE", "DE999999999"),
            entry("DK", "DK99999999"), entry("EE", "EE999999999"), entry("GR", "EL999999999"),
            entry("ES", "ESX9999999X"), entry("FI", "FI99999999"), entry("FR", "FRXX999999999"),
            entry("HR", "HR99999999999"), entry("HU", "HU99999999"), entry("IE", "IE9S99999L"),
            entry("IT", "IT99999999999"), entry("LT", "LT999999999"), entry("LU", "LU99999999"),
            entry("LV", "LV99999999999"), entry("MT", "MT99999999"), entry("NL", "NL999999999B99"),
            entry("PL", "PL9999999999"), entry("PT", "PT999999999"), entry("RO", "RO999999999"),
            entry("SE", "SE999999999999"), entry("SI", "SI99999999"), entry("SK", "SK9999999999"));

    @Test
    void every_country_of_the_table_has_an_example() {
        assertThat(POSTAL_CODE_EXAMPLES.keySet()).isEqualTo(AddressRules.POSTAL_CODES.keySet());
        assertThat(VAT_NUMBER_EXAMPLES.keySet()).isEqualTo(AddressRules.VAT_NUMBERS.keySet());
    }

    static Stream<Arguments> postalCodes() {
        return POSTAL_CODE_EXAMPLES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static Stream<Arguments> vatNumbers() {
        return VAT_NUMBER_EXAMPLES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("postalCodes")
    void the_published_example_postal_code_is_accepted(String country, String postalCode) {
        assertThat(validate(country, postalCode, null).errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vatNumbers")
    void the_documented_vat_number_format_is_accepted(String country, String vatNumber) {
        String postalCode = POSTAL_CODE_EXAMPLES.get(country);
        assertThat(validate(country, postalCode, vatNumber).errors()).isEmpty();
    }

    private static AddressValidation.Result validate(String country, String postalCode, String vatNumber) {
        String region = AddressRules.WITH_REGION.contains(country) ? "Capital Region" : null;
        return AddressValidation.validate(UUID.randomUUID(), new Input(null, "billing@example.com", "1 Main Street",
                null, "Capital", region, postalCode, country, vatNumber));
    }
}
