package io.accountsuite.domain.name;

import java.util.Locale;

import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DomainNameTest {

    private static final String NETWORK = "sites.example.net";

    private static String english(Message problem) {
        return ProblemMessages.standard().text(problem, Locale.ENGLISH);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            example.com              | example.com              | example.com
            Shop.Example.COM         | shop.example.com         | shop.example.com
            shop.example.com.        | shop.example.com         | shop.example.com
            café.example.fr          | xn--caf-dma.example.fr   | café.example.fr
            xn--caf-dma.example.fr   | xn--caf-dma.example.fr   | café.example.fr
            bücher.de                | xn--bcher-kva.de         | bücher.de
            my-shop.co.uk            | my-shop.co.uk            | my-shop.co.uk
            a1.b2.c3.example.org     | a1.b2.c3.example.org     | a1.b2.c3.example.org
            """)
    void good_names_are_normalised(String raw, String ascii, String unicode) {
        DomainName.Parsed parsed = DomainName.parse(raw, NETWORK);
        assertThat(parsed.problem()).isNull();
        assertThat(parsed.name()).hasValueSatisfying(name -> {
            assertThat(name.ascii()).isEqualTo(ascii);
            assertThat(name.unicode()).isEqualTo(unicode);
        });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                    | required
            com                                   | at least two labels
            co.uk                                 | public suffix
            github.io                             | public suffix
            localhost                             | at least two labels
            shop.localhost                        | localhost
            203.0.113.9                           | IP address
            [2001:db8::1]                         | IP address
            2001:db8::1                           | IP address
            blog.sites.example.net                | belongs to the network
            sites.example.net                     | belongs to the network
            -shop.example.com                     | not a valid domain name
            shop_.example.com                     | not a valid domain name
            exa mple.com                          | domain name only
            https://example.com                   | domain name only
            shop..example.com                     | not a valid domain name
            example.notarealtld                   | top-level domain
            aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com | not a valid domain name
            """)
    void bad_names_are_refused_with_the_reason(String raw, String reason) {
        DomainName.Parsed parsed = DomainName.parse(raw, NETWORK);
        assertThat(parsed.name()).isEmpty();
        assertThat(english(parsed.problem())).contains(reason);
    }

    @Test
    void names_longer_than_253_characters_are_refused() {
        String label = "a".repeat(60);
        String name = String.join(".", label, label, label, label, "com");
        assertThat(name.length()).isGreaterThan(243);
        assertThat(english(DomainName.parse(label + "." + name, NETWORK).problem())).contains("253");
    }
}
