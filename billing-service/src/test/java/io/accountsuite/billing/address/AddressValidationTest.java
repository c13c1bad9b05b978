package io.accountsuite.billing.address;

import java.util.UUID;

import io.accountsuite.billing.address.AddressValidation.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AddressValidationTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            US | CA        | 94105-1234 | -
            US | NY        | 10001      | -
            CA | ON        | K1A 0B1    | -
            GB | -         | SW1A 1AA   | -
            GB | -         | m1 1ae     | -
            FR | -         | 75008      | FR40303265045
            DE | -         | 10115      | DE136695976
            NL | -         | 1012 AB    | NL123456789B01
            ES | -         | 28013      | ESB12345674
            IT | MI        | 20121      | IT12345678901
            PL | -         | 00-950     | PL1234567890
            PT | -         | 1000-001   | PT123456789
            GR | -         | 105 57     | EL123456789
            AU | NSW       | 2000       | -
            JP | Tokyo     | 100-0001   | -
            BR | SP        | 01310-100  | -
            IN | Karnataka | 560001     | -
            IE | -         | -          | IE1234567WA
            HK | -         | -          | -
            CH | -         | 8001       | -
            """)
    void good_addresses_are_accepted(String country, String region, String postalCode, String vat) {
        var result = AddressValidation.validate(UUID.randomUUID(), new Input(null, "billing@example.com",
                "1 Main Street", null, "Springfield", region, postalCode, country.toLowerCase(), vat));
        assertThat(result.errors()).isEmpty();
        assertThat(result.address().country()).isEqualTo(country);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            US | -  | 94105      | -              | region
            US | CA | 9410       | -              | postalCode
            CA | ON | 12345      | -              | postalCode
            GB | -  | 12345      | -              | postalCode
            FR | -  | 7500       | -              | postalCode
            DE | -  | 10115      | DE12345        | vatNumber
            NL | -  | 1012AB     | NL123456789    | vatNumber
            US | CA | 94105      | US123456789    | vatNumber
            JP | -  | 100-0001   | -              | region
            BR | SP | 1310-100   | -              | postalCode
            IN | KA | 56001      | -              | postalCode
            PL | -  | 00950      | -              | postalCode
            DE | -  | -          | -              | postalCode
            XX | -  | 12345      | -              | country
            """)
    void bad_addresses_name_the_field(String country, String region, String postalCode, String vat, String field) {
        var result = AddressValidation.validate(UUID.randomUUID(), new Input(null, "billing@example.com",
                "1 Main Street", null, "Springfield", region, postalCode, country, vat));
        assertThat(result.errors()).extracting(AddressValidation.Invalid::field).containsExactly(field);
        assertThat(result.address()).isNull();
    }

    @Test
    void text_is_trimmed_unicode_welcome_and_control_characters_or_overlong_values_refused() {
        var good = AddressValidation.validate(UUID.randomUUID(), new Input("  Société Générale ", " zoë@exämple.fr ",
                " 12 rue de l'Église ", "  ", "Zürich", null, "8001", "CH", null));
        assertThat(good.errors()).isEmpty();
        assertThat(good.address().companyName()).isEqualTo("Société Générale");
        assertThat(good.address().line2()).isNull();

        var bad = AddressValidation.validate(UUID.randomUUID(), new Input(null, "not-an-email",
                "line\u0007one", null, "x".repeat(101), null, "8001", "CH", null));
        assertThat(bad.errors()).extracting(AddressValidation.Invalid::field)
                .containsExactlyInAnyOrder("email", "line1", "city");

        var missing = AddressValidation.validate(UUID.randomUUID(), new Input(null, null, null, null, null, null,
                null, null, null));
        assertThat(missing.errors()).extracting(AddressValidation.Invalid::field)
                .containsExactlyInAnyOrder("email", "line1", "city", "country");
    }
}
