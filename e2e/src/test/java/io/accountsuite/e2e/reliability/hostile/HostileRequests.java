package io.accountsuite.e2e.reliability.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import io.accountsuite.e2e.reliability.hostile.Endpoint.Audience;
import io.accountsuite.e2e.reliability.hostile.Endpoint.Body;
import io.accountsuite.e2e.reliability.hostile.Endpoint.Field;
import io.accountsuite.e2e.reliability.hostile.HostileRequest.Caller;

/**
 * Generates hostile requests: an endpoint, then one {@link Hostility} it admits, then the request carrying it, with
 * decorations that make it more hostile without making it acceptable (unknown members, duplicate names whose last
 * value is the intended one, hostile text in the other fields).
 */
public final class HostileRequests {

    static final String JSON = "application/json";
    /** Tokens that must not let anyone in; {@code tampered} is the owner's token with its signature changed. */
    static final List<String> BAD_TOKENS = List.of("", "garbage", "null", "tampered", "Bearer x",
            "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbImFkbWluIl19.");

    private final List<Endpoint> endpoints;
    private final Map<String, String> ids;

    public HostileRequests(List<Endpoint> endpoints, Map<String, String> ids) {
        this.endpoints = endpoints;
        this.ids = ids;
    }

    /** Requests to every endpoint alike. */
    public Arbitrary<HostileRequest> requests() {
        // Without edge cases: jqwik would favour each list's first value, and the inputs would repeat themselves.
        return Arbitraries.of(endpoints).flatMap(e -> Arbitraries.of(kinds(e)).flatMap(kind -> request(e, kind)))
                .withoutEdgeCases();
    }

    /** The kinds of hostile part {@code e} admits; a field value weighs most, being the richest. */
    static List<Hostility> kinds(Endpoint e) {
        List<Hostility> kinds = new ArrayList<>();
        if (e.body() != Body.NONE) {
            kinds.addAll(List.of(Hostility.MALFORMED_JSON, Hostility.NOT_AN_OBJECT));
            if (e.body() == Body.REQUIRED) {
                kinds.addAll(List.of(Hostility.EMPTY_BODY, Hostility.WRONG_CONTENT_TYPE));
            }
            if (e.fields().stream().anyMatch(Field::required)) {
                kinds.addAll(List.of(Hostility.MISSING_FIELD, Hostility.MISSING_FIELD));
            }
            kinds.addAll(Collections.nCopies(6, Hostility.REFUSED_VALUE));
        }
        if (!e.placeholders().isEmpty()) {
            kinds.addAll(List.of(Hostility.MALFORMED_ID, Hostility.MALFORMED_ID, Hostility.UNKNOWN_ID,
                    Hostility.UNKNOWN_ID));
            if (e.audience() == Audience.OWNER) {
                kinds.add(Hostility.FOREIGN_ID);
            }
        }
        if (e.audience() == Audience.ADMIN) {
            kinds.add(Hostility.WRONG_ROLE);
        }
        if (e.audience() != Audience.PUBLIC) {
            kinds.add(Hostility.BAD_TOKEN);
        }
        return kinds;
    }

    private Arbitrary<HostileRequest> request(Endpoint e, Hostility kind) {
        Caller caller = e.audience() == Audience.ADMIN ? Caller.ADMIN
                : e.audience() == Audience.PUBLIC ? Caller.NOBODY : Caller.OWNER;
        String path = e.path(ids);
        return switch (kind) {
            case MALFORMED_JSON -> decoratedBody(e, null, null, false).flatMap(MalformedBodies::malformed).map(body ->
                    new HostileRequest(e.name(), kind, e.method(), path, caller, null, JSON, body, "malformed JSON"));
            case NOT_AN_OBJECT -> MalformedBodies.notObjects(e.body() == Body.REQUIRED).map(body ->
                    new HostileRequest(e.name(), kind, e.method(), path, caller, null, JSON, body, body));
            case EMPTY_BODY -> Arbitraries.of("", " ", "\n", "\r\n\t ").map(blank -> new HostileRequest(e.name(),
                    kind, e.method(), path, caller, null, JSON, blank, "empty body"));
            case WRONG_CONTENT_TYPE -> Combinators.combine(MalformedBodies.contentTypes(),
                    decoratedBody(e, null, null, false)).as((type, body) -> new HostileRequest(e.name(), kind,
                    e.method(), path, caller, null, type, MalformedBodies.inType(type, body), "Content-Type " + type));
            case MISSING_FIELD -> Arbitraries.of(e.fields().stream().filter(Field::required).toList())
                    .flatMap(field -> decoratedBody(e, field.name(), null, true).map(body -> new HostileRequest(
                            e.name(), kind, e.method(), path, caller, null, JSON, body, "no " + field.name())));
            case REFUSED_VALUE -> Arbitraries.of(e.fields()).flatMap(field -> field.refused().flatMap(value ->
                    decoratedBody(e, field.name(), value, false).map(body -> new HostileRequest(e.name(), kind,
                            e.method(), path, caller, null, JSON, body, field.name() + " = " + JsonText.of(value)))));
            case MALFORMED_ID -> badId(e, caller, kind, malformedIds());
            case UNKNOWN_ID -> badId(e, caller, kind, unknownIds());
            case FOREIGN_ID -> Arbitraries.just(new HostileRequest(e.name(), kind, e.method(), path,
                    Caller.STRANGER, null, e.body() == Body.NONE ? null : JSON,
                    e.body() == Body.NONE ? null : JsonText.of(e.foreignBody()), "another customer's ids"));
            case WRONG_ROLE -> optionalBody(e).map(body -> new HostileRequest(e.name(), kind, e.method(), path,
                    Caller.OWNER, null, body == null ? null : JSON, body, "a customer's token"));
            case BAD_TOKEN -> Combinators.combine(badTokens(), optionalBody(e)).as((token, body) ->
                    new HostileRequest(e.name(), kind, e.method(), path, Caller.GIVEN, token,
                            body == null ? null : JSON, body, "token " + (token.isEmpty() ? "none" : token)));
        };
    }

    private Arbitrary<HostileRequest> badId(Endpoint e, Caller caller, Hostility kind, Arbitrary<String> wrongIds) {
        return Combinators.combine(Arbitraries.of(e.placeholders()), wrongIds, optionalBody(e))
                .as((placeholder, wrongId, body) -> {
                    Map<String, String> wrong = new LinkedHashMap<>(ids);
                    wrong.put(placeholder, wrongId);
                    return new HostileRequest(e.name(), kind, e.method(), e.path(wrong), caller, null,
                            body == null ? null : JSON, body, placeholder + " id " + wrongId);
                });
    }

    /**
     * Path segments that are not a UUID, percent-encoded as a client would (and a few encoded on purpose). At most
     * 3,000 characters: a request line over Reactor Netty's 4 KB is refused by the HTTP codec with a bare 414
     * before any of the suite's code runs (left open, README).
     */
    static Arbitrary<String> malformedIds() {
        return Arbitraries.oneOf(HostileValues.malformedUuid().map(id -> URLEncoder.encode(String.valueOf(id),
                        StandardCharsets.UTF_8).replace("+", "%20")).filter(id -> id.length() <= 3_000),
                Arbitraries.of("%2e%2e", "..%2F..%2Fadmin", "%00", "%2F", "..", "%20", "null", "-1", "0"));
    }

    /** UUIDs that name nothing: random (generated from the seed), nil and max. */
    static Arbitrary<String> unknownIds() {
        return Arbitraries.oneOf(Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
                        .as((high, low) -> new UUID(high, low).toString()),
                Arbitraries.of(new UUID(0, 0).toString(), "ffffffff-ffff-ffff-ffff-ffffffffffff"));
    }

    /** Tokens no one signed: the listed ones, and visible ASCII a header can carry. */
    static Arbitrary<String> badTokens() {
        return Arbitraries.oneOf(Arbitraries.of(BAD_TOKENS),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(400));
    }

    private Arbitrary<String> optionalBody(Endpoint e) {
        return e.body() == Body.NONE ? Arbitraries.just(null) : decoratedBody(e, null, null, false);
    }

    /**
     * The body with {@code target} set to {@code value} (or left out when {@code missing}), decorated: sometimes
     * unknown members, a duplicate name whose earlier value is hostile (the last one is the intended value, as
     * Jackson keeps the last), hostile text in another field.
     */
    private Arbitrary<String> decoratedBody(Endpoint e, String target, Object value, boolean missing) {
        List<String> others = e.fields().stream().map(Field::name).filter(name -> !name.equals(target)).toList();
        Arbitrary<List<Map.Entry<String, Object>>> extras = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(List.of())),
                Tuple.of(4, HostileValues.extraMember().list().ofMinSize(1).ofMaxSize(2)));
        List<String> duplicable = missing || target == null ? others : withTarget(others, target);
        Arbitrary<Map.Entry<String, Object>> duplicate = duplicable.isEmpty() ? Arbitraries.just(null)
                : maybe(Combinators.combine(Arbitraries.of(duplicable), HostileValues.anyString()).as(Map::entry));
        Arbitrary<Map.Entry<String, Object>> replaced = others.isEmpty() ? Arbitraries.just(null)
                : maybe(Combinators.combine(Arbitraries.of(others), HostileValues.anyString()).as(Map::entry));
        return Combinators.combine(extras, duplicate, replaced).as((extra, dup, other) -> {
            List<Map.Entry<String, Object>> members = new ArrayList<>();
            for (Field field : e.fields()) {
                Object v = field.name().equals(target) ? value
                        : other != null && other.getKey().equals(field.name()) ? other.getValue() : field.baseline();
                boolean absent = field.name().equals(target) ? missing : v == null;
                if (dup != null && dup.getKey().equals(field.name()) && !absent) {
                    members.add(dup);
                }
                if (!absent) {
                    members.add(Map.entry(field.name(), v == null ? JsonText.NULL : v));
                }
            }
            // An unknown member never repeats a field's name: it would replace the value the request is about.
            extra.stream().filter(m -> e.fields().stream().noneMatch(f -> f.name().equals(m.getKey())))
                    .forEach(members::add);
            return JsonText.of(new JsonText.Members(members));
        });
    }

    private static List<String> withTarget(List<String> others, String target) {
        List<String> all = new ArrayList<>(others);
        all.add(target);
        return all;
    }

    private static <T> Arbitrary<T> maybe(Arbitrary<T> some) {
        return Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just(null)),
                Tuple.of(3, some));
    }
}
