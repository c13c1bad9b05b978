package io.accountsuite.e2e.reliability.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import io.accountsuite.e2e.reliability.hostile.Endpoint.Field;
import io.accountsuite.e2e.reliability.hostile.JsonText.Raw;

import static io.accountsuite.e2e.reliability.hostile.HostileValues.anyString;
import static io.accountsuite.e2e.reliability.hostile.HostileValues.blank;
import static io.accountsuite.e2e.reliability.hostile.HostileValues.containers;
import static io.accountsuite.e2e.reliability.hostile.HostileValues.longerThan;
import static io.accountsuite.e2e.reliability.hostile.HostileValues.malformedUuid;
import static io.accountsuite.e2e.reliability.hostile.HostileValues.notNumber;
import static io.accountsuite.e2e.reliability.hostile.HostileValues.notText;
import static io.accountsuite.e2e.reliability.hostile.HostileValues.withControl;
import static io.accountsuite.e2e.reliability.hostile.HostileValues.withNul;

/** The kinds of body field the public API has, each with what its documented rule refuses. */
final class Fields {

    private Fields() {
    }

    /** Required single-line text of at most {@code max} characters (a name, a title, an address line). */
    static Field text(String name, Object baseline, int max) {
        return new Field(name, baseline, Arbitraries.oneOf(HostileValues.refusedText(max), notText()), true);
    }

    /** Optional single-line text: blank is fine, control characters, NUL and length are not. */
    static Field optionalText(String name, Object baseline, int max) {
        return new Field(name, baseline, Arbitraries.oneOf(Arbitraries.oneOf(withControl(false), longerThan(max),
                withNul()).map(s -> (Object) s), notText()), false);
    }

    /** Required multi-line text of at most {@code max} characters (instructions, descriptions). */
    static Field multiLine(String name, Object baseline, int max, boolean required) {
        Arbitrary<Object> refused = required ? HostileValues.refusedMultiLineText(max)
                : Arbitraries.oneOf(withControl(true), longerThan(max), withNul()).map(s -> (Object) s);
        return new Field(name, baseline, Arbitraries.oneOf(refused, notText()), required);
    }

    /** Text whose only rule is a length (a password to check, a token, a card): too long, NUL, not text. */
    static Field bounded(String name, Object baseline, int max, boolean blankRefused) {
        Arbitrary<Object> refused = Arbitraries.oneOf(longerThan(max), withNul()).map(s -> (Object) s);
        return new Field(name, baseline, Arbitraries.oneOf(refused, notText(),
                blankRefused ? blank().map(s -> (Object) s) : refused), blankRefused);
    }

    /** A new password (PasswordPolicy): 12 to 128 characters; shorter, longer, blank, NUL and non-text refused. */
    static Field newPassword(String name, Object baseline) {
        Arbitrary<Object> shorter = anyString().filter(s -> s.codePointCount(0, s.length()) < 12).map(s -> (Object) s);
        return new Field(name, baseline, Arbitraries.oneOf(shorter, longerThan(128).map(s -> (Object) s),
                withNul().map(s -> (Object) s), notText()), true);
    }

    /** An email (EmailShape). */
    static Field email(String name, Object baseline) {
        return new Field(name, baseline, Arbitraries.oneOf(HostileValues.refusedEmail(), notText()), true);
    }

    /** A required id in a body: malformed, of another type, or (when {@code unknownRefused}) unknown. */
    static Field id(String name, Object baseline, boolean unknownRefused) {
        Arbitrary<Object> unknown = Arbitraries.of(UUID.randomUUID().toString(), new UUID(0, 0).toString(),
                "ffffffff-ffff-ffff-ffff-ffffffffffff").map(s -> (Object) s);
        return new Field(name, baseline, unknownRefused ? Arbitraries.oneOf(malformedUuid(), notText(), unknown)
                : Arbitraries.oneOf(malformedUuid(), notText()), true);
    }

    /** A confirmation: only {@code true} confirms. */
    static Field confirm(String name, Object baseline) {
        return new Field(name, baseline, HostileValues.notTrue(), true);
    }

    /** A yes/no value: only {@code true} or {@code false}. */
    static Field yesNo(String name, Object baseline, boolean required) {
        return new Field(name, baseline, HostileValues.notBoolean(), required);
    }

    /** One word of {@code words}, e.g. an enumeration; anything else refused. */
    static Field word(String name, Object baseline, Set<String> words, boolean required) {
        return new Field(name, baseline, Arbitraries.oneOf(anyString().filter(s -> !words.contains(s))
                .map(s -> (Object) s), notText()), required);
    }

    /** Text of a pattern (a slug, a currency, a host name); anything else refused. */
    static Field pattern(String name, Object baseline, String regex, boolean required) {
        Pattern shape = Pattern.compile(regex);
        return new Field(name, baseline, Arbitraries.oneOf(anyString().filter(s -> !shape.matcher(s).matches()
                        && !(s.isEmpty() && !required)).map(s -> (Object) s),
                Arbitraries.of("UPPER-CASE", "with space", "-leading", "trailing-", "dot.ted", "ünï").filter(
                        s -> !shape.matcher(s).matches()).map(s -> (Object) s), notText()), required);
    }

    /** A whole number within {@code min}..{@code max}: outside it, fractional, huge or not a number refused. */
    static Field wholeNumber(String name, Object baseline, long min, long max, boolean required) {
        List<Arbitrary<Object>> refused = new ArrayList<>(List.of(notNumber(),
                Arbitraries.of("1.5", "1e999999", "99999999999999999999999").map(t -> (Object) new Raw(t)),
                Arbitraries.longs().between(Long.MIN_VALUE, min - 1).map(n -> (Object) n)));
        if (max < Long.MAX_VALUE) {
            refused.add(Arbitraries.longs().between(max + 1, Long.MAX_VALUE).map(n -> (Object) n));
        }
        return new Field(name, baseline, Arbitraries.oneOf(refused), required);
    }

    /** A decimal amount above zero with at most 13 integer and 4 fraction digits (money). */
    static Field amount(String name, Object baseline, boolean zeroRefused) {
        Arbitrary<Object> outside = Arbitraries.of("-1", "-0.01", "12345678901234.00", "0.00001", "1e20", "-1e999999")
                .map(s -> (Object) s);
        Arbitrary<Object> zero = Arbitraries.of("0", "0.00", 0).map(v -> (Object) v);
        return new Field(name, baseline, zeroRefused ? Arbitraries.oneOf(notNumber(), outside, zero)
                : Arbitraries.oneOf(notNumber(), outside), true);
    }

    /** A JSON array field: too many items, items of the wrong shape, or not an array at all. */
    static Field list(String name, Object baseline, int maxItems, Arbitrary<Object> refusedItem, boolean required) {
        Arbitrary<Object> tooMany = Arbitraries.just(Collections.nCopies(maxItems + 1, Map.of()));
        Arbitrary<Object> badItem = refusedItem.list().ofMinSize(1).ofMaxSize(3).map(items -> (Object) items);
        Arbitrary<Object> notList = Arbitraries.oneOf(anyString().map(s -> (Object) s),
                Arbitraries.of(1, true).map(v -> (Object) v), Arbitraries.just((Object) Map.of("0", Map.of())));
        return new Field(name, baseline, Arbitraries.oneOf(tooMany, badItem, notList), required);
    }

    /** A JSON object field: an object with one field refused or (if required) left out, or not an object. */
    static Field object(String name, Map<String, Object> baseline, List<Field> inner) {
        Arbitrary<Object> oneRefused = Arbitraries.of(inner).flatMap(field -> field.refused().map(value -> {
            Map<String, Object> nested = new LinkedHashMap<>(baseline);
            nested.put(field.name(), value);
            return (Object) nested;
        }));
        Arbitrary<Object> notObject = Arbitraries.oneOf(anyString().map(s -> (Object) s), containers()
                .filter(c -> c instanceof List<?>), Arbitraries.of(1, true).map(v -> (Object) v));
        List<String> required = inner.stream().filter(Field::required).map(Field::name).toList();
        if (required.isEmpty()) {
            return new Field(name, baseline, Arbitraries.oneOf(oneRefused, notObject), true);
        }
        Arbitrary<Object> oneMissing = Arbitraries.of(required).map(missing -> {
            Map<String, Object> nested = new LinkedHashMap<>(baseline);
            nested.remove(missing);
            return (Object) nested;
        });
        return new Field(name, baseline, Arbitraries.oneOf(oneRefused, oneMissing, notObject), true);
    }

    /** Any value at all is refused: a member the endpoint refuses whenever it is present (a coupon, a period). */
    static Field forbidden(String name) {
        return new Field(name, null, Arbitraries.oneOf(anyString().map(s -> (Object) s), HostileValues.numbers(),
                containers(), Arbitraries.of(true, false).map(v -> (Object) v)), false);
    }
}
