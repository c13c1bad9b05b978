package io.accountsuite.e2e.reliability;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One row of the authorization matrix: an endpoint the gateway serves (or, on purpose, does not), who may call it,
 * what the owner's allowed request is, and so what each {@link Caller} must get. The expected statuses follow from
 * {@link Access} and the rules of API.md and ARCHITECTURE.md ("Security"), never from what the code answers:
 * <ul>
 *   <li>anonymous: 401 problem+json on the API, the sign-in page (302 to {@code /login}) for a page;</li>
 *   <li>another customer and the admin on the owner's resource: 404, as if it did not exist (no existence leak);</li>
 *   <li>customers on an admin endpoint: 403;</li>
 *   <li>a request about the caller's own account: what the caller's own (empty) account answers; a write there is
 *   sent by the others with a {@code harmless} body that validation refuses (400), which shows they got past
 *   authorization without changing the account the next rows read.</li>
 * </ul>
 *
 * @param ok       the status of the owner's (for an admin endpoint, the admin's) allowed request
 * @param body     the request's JSON body from the scene, null for none
 * @param harmless the body another customer and the admin send to a write about their own account, null to send
 *                 {@code body}
 * @param others   what another customer and the admin get for a read about their own account
 * @param prepare  what the row needs first (a fresh owner, a resource to delete), as a changed scene
 * @param cleanup  puts back what the row changed that other rows read
 */
record Endpoint(String method, String path, Access access, int ok, Function<Scene, Object> body, Object harmless,
                int others, UnaryOperator<Scene> prepare, Consumer<Scene> cleanup) {

    /** Who may call an endpoint. */
    enum Access {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** A page of the web site: signed in, else the sign-in page. */
        PAGE,
        /** Any signed-in caller, about their own account (no id of anyone's in the request). */
        OWN_ACCOUNT,
        /** The owner of the resource the path names. */
        OWNED,
        /** A network admin. */
        ADMIN_ONLY,
        /** A page of the network admin's: a visitor gets the sign-in page, a customer 403. */
        ADMIN_PAGE,
        /** Nobody from outside: the gateway does not route it (README: what the gateway publishes). */
        NOT_PUBLISHED
    }

    static Endpoint of(String method, String path, Access access, int ok) {
        return new Endpoint(method, path, access, ok, null, null, ok, UnaryOperator.identity(), scene -> { });
    }

    Endpoint body(Object json) {
        return bodyFrom(scene -> scene.fill(json));
    }

    Endpoint bodyFrom(Function<Scene, Object> json) {
        return new Endpoint(method, path, access, ok, json, harmless, others, prepare, cleanup);
    }

    Endpoint harmless(Object json) {
        return new Endpoint(method, path, access, ok, body, json, others, prepare, cleanup);
    }

    Endpoint others(int status) {
        return new Endpoint(method, path, access, ok, body, harmless, status, prepare, cleanup);
    }

    Endpoint prepared(UnaryOperator<Scene> preparation) {
        return new Endpoint(method, path, access, ok, body, harmless, others, preparation, cleanup);
    }

    Endpoint cleanedUp(Consumer<Scene> after) {
        return new Endpoint(method, path, access, ok, body, harmless, others, prepare, after);
    }

    /** The status the caller must get: the rules above. */
    int expected(Caller caller) {
        boolean customer = caller == Caller.ANOTHER_CUSTOMER || caller == Caller.OWNER;
        return switch (access) {
            case PUBLIC -> ok;
            case PAGE -> caller == Caller.ANONYMOUS ? 302 : ok;
            case OWN_ACCOUNT -> caller == Caller.ANONYMOUS ? 401 : caller == Caller.OWNER ? ok
                    : harmless != null ? 400 : others;
            case OWNED -> caller == Caller.ANONYMOUS ? 401 : caller == Caller.OWNER ? ok : 404;
            case ADMIN_ONLY -> caller == Caller.ANONYMOUS ? 401 : customer ? 403 : ok;
            case ADMIN_PAGE -> caller == Caller.ANONYMOUS ? 302 : customer ? 403 : ok;
            case NOT_PUBLISHED -> caller == Caller.ANONYMOUS ? 401
                    : customer && path.startsWith("/api/admin/") ? 403 : 404;
        };
    }

    /** The JSON the caller sends, or null for no body. */
    Object bodyFor(Caller caller, Scene scene) {
        boolean ownAccountOfOthers = access == Access.OWN_ACCOUNT && harmless != null
                && (caller == Caller.ANOTHER_CUSTOMER || caller == Caller.ADMIN);
        if (ownAccountOfOthers) {
            return harmless;
        }
        return body == null ? null : body.apply(scene);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
