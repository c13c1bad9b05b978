package io.accountsuite.e2e.reliability.hostile;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Bodies no JSON reader may take (RFC 8259), JSON that is not an object, and Content-Types that are not JSON. Only
 * what is refused whatever the server's reader settings: never trailing text after a whole object, a byte-order
 * mark, a {@code +json} type or a known charset label on JSON, which a reader may accept.
 */
final class MalformedBodies {

    private static final List<String> CONTENT_TYPES = List.of("text/plain", "text/plain; charset=utf-8",
            "application/x-www-form-urlencoded", "application/xml", "text/xml", "multipart/form-data; boundary=x",
            "application/octet-stream", "text/html", "application/javascript", "image/png",
            // Not utf-32: JSON has no charset parameter, a recipient may ignore it and read the bytes (RFC 8259 11).
            "application/json; charset=nonsense", "not a media type",
            "application/", "*/*");

    private MalformedBodies() {
    }

    /** {@code baseline} (a JSON object's text) made malformed in one of several ways. */
    static Arbitrary<String> malformed(String baseline) {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, Math.max(1, baseline.length() - 1))
                        .map(n -> baseline.substring(0, n)),
                Arbitraries.just(baseline.replace('"', '\'')),
                Arbitraries.just(baseline.replaceFirst("\"(\\w+)\":", "$1:")),
                Arbitraries.just(baseline.substring(0, baseline.length() - 1) + ",}"),
                Arbitraries.just("{\"x\":NaN," + baseline.substring(1)),
                Arbitraries.just("{\"x\":-Infinity," + baseline.substring(1)),
                Arbitraries.just("/* comment */" + baseline),
                Arbitraries.just("{\"x\":\"raw\u0001control\"," + baseline.substring(1)),
                Arbitraries.just("{\"x\":\"bad \\x escape\"," + baseline.substring(1)),
                Arbitraries.just("{\"x\":\"\\ud800" + "unterminated"),
                Arbitraries.of(2_000, 50_000).map(depth -> "[".repeat(depth) + "]".repeat(depth)),
                Arbitraries.of(2_000, 30_000).map(depth -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)),
                Arbitraries.just("{\"x\":" + "9".repeat(5_000) + "," + baseline.substring(1)),
                Arbitraries.just("{\"" + "k".repeat(60_000) + "\":1," + baseline.substring(1)),
                Arbitraries.of("{", "}", "{{}}", "{\"a\":}", "{\"a\" 1}", "{,}", "{\"a\":1 \"b\":2}", "\u0000",
                        "undefined", "{\"a\":01}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":0x10}", "{'a':'b'}",
                        "[1,2", "\"unterminated", "tru", "nul", "{\"a\":[1,2,}"));
    }

    /** JSON values that are not objects: arrays, strings, numbers, booleans; {@code null} only where required. */
    static Arbitrary<String> notObjects(boolean required) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(HostileValues.anyString().map(s -> (Object) s),
                HostileValues.numbers(), Arbitraries.of(true, false).map(b -> (Object) b));
        Arbitrary<String> values = Arbitraries.oneOf(scalar.map(JsonText::of),
                scalar.list().ofMaxSize(3).map(JsonText::of), Arbitraries.of("[{}]", "[null]", "[[]]"));
        return required ? Arbitraries.oneOf(values, Arbitraries.just("null")) : values;
    }

    /** Content-Types the JSON endpoints must refuse; null sends none. */
    static Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(Arbitraries.of(CONTENT_TYPES), Arbitraries.just(null));
    }

    /** The body as a client of that type would send it (a form's fields, an XML document), else the JSON. */
    static String inType(String type, String json) {
        if (type == null) {
            return json;
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return json.replaceAll("[{}\"]", "").replace(':', '=').replace(',', '&');
        }
        return type.contains("xml") ? "<body>" + json + "</body>" : json;
    }
}
