package io.accountsuite.domain.name;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.common.net.InternetDomainName;

/**
 * A custom domain as a customer may add it: lower-cased, internationalised names in punycode (and shown back in
 * Unicode), RFC 1123 labels, at least two of them, at most 253 characters; never an IP address, {@code localhost},
 * a name under the network's own domain, or a bare public suffix.
 */
public record DomainName(String ascii, String unicode) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** Either a name or why it cannot be one. */
    public record Parsed(Optional<DomainName> name, String problem) {
        static Parsed invalid(String problem) {
            return new Parsed(Optional.empty(), problem);
        }
    }

    public static Parsed parse(String raw, String networkDomain) {
        if (raw == null || raw.isBlank()) {
            return Parsed.invalid("is required");
        }
        String name = raw.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.contains("/") || name.contains("@") || name.chars().anyMatch(Character::isWhitespace)) {
            return Parsed.invalid("must be a domain name only, like shop.example.com");
        }
        if (IPV4.matcher(name).matches() || name.contains(":") || name.startsWith("[")) {
            return Parsed.invalid("must be a domain name, not an IP address");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Parsed.invalid("is not a valid domain name");
        }
        if (ascii.length() > 253) {
            return Parsed.invalid("must be at most 253 characters");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            return Parsed.invalid("must have at least two labels, like example.com");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Parsed.invalid("has a label that is empty, too long or not letters, digits and inner hyphens");
            }
        }
        if (ascii.equals("localhost") || ascii.endsWith(".localhost")) {
            return Parsed.invalid("cannot be localhost");
        }
        String network = networkDomain.toLowerCase(Locale.ROOT);
        if (ascii.equals(network) || ascii.endsWith("." + network)) {
            return Parsed.invalid("belongs to the network; sites already have their address under it");
        }
        InternetDomainName parsed = InternetDomainName.from(ascii);
        if (parsed.isPublicSuffix()) {
            return Parsed.invalid("is a public suffix, not a domain anyone can own");
        }
        if (!parsed.isUnderPublicSuffix()) {
            return Parsed.invalid("does not end in a known top-level domain");
        }
        return new Parsed(Optional.of(new DomainName(ascii, IDN.toUnicode(ascii))), null);
    }
}
