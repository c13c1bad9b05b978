package io.accountsuite.domain.name;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.common.net.InternetDomainName;
import io.accountsuite.platform.problem.Message;

/**
 * A custom domain as a customer may add it: lower-cased, internationalised names in punycode (and shown back in
 * Unicode), RFC 1123 labels, at least two of them, at most 253 characters; never an IP address, {@code localhost},
 * a name under the network's own domain, or a bare public suffix.
 */
public record DomainName(String ascii, String unicode) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** Either a name or why it cannot be one (a text for people, in their language). */
    public record Parsed(Optional<DomainName> name, Message problem) {
        static Parsed invalid(String key) {
            return new Parsed(Optional.empty(), Message.of(key));
        }
    }

    public static Parsed parse(String raw, String networkDomain) {
        if (raw == null || raw.isBlank()) {
            return Parsed.invalid("domain.name.required");
        }
        String name = raw.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.contains("/") || name.contains("@") || name.chars().anyMatch(Character::isWhitespace)) {
            return Parsed.invalid("domain.name.only");
        }
        if (IPV4.matcher(name).matches() || name.contains(":") || name.startsWith("[")) {
            return Parsed.invalid("domain.name.ip");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Parsed.invalid("domain.name.invalid");
        }
        if (ascii.length() > 253) {
            return Parsed.invalid("domain.name.too-long");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            return Parsed.invalid("domain.name.two-labels");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Parsed.invalid("domain.name.label");
            }
        }
        if (ascii.equals("localhost") || ascii.endsWith(".localhost")) {
            return Parsed.invalid("domain.name.localhost");
        }
        String network = networkDomain.toLowerCase(Locale.ROOT);
        if (ascii.equals(network) || ascii.endsWith("." + network)) {
            return Parsed.invalid("domain.name.network");
        }
        InternetDomainName parsed = InternetDomainName.from(ascii);
        if (parsed.isPublicSuffix()) {
            return Parsed.invalid("domain.name.public-suffix");
        }
        if (!parsed.isUnderPublicSuffix()) {
            return Parsed.invalid("domain.name.unknown-tld");
        }
        return new Parsed(Optional.of(new DomainName(ascii, IDN.toUnicode(ascii))), null);
    }
}
