package io.accountsuite.e2e.reliability.hostile;

/**
 * One generated request: what it is aimed at, the hostile part it is sure to carry, and what is sent.
 *
 * @param caller      who sends it; {@link Caller#GIVEN} sends {@code token} as it is (empty: no Authorization)
 * @param contentType the Content-Type header, or null for none
 * @param body        the body, or null for none
 * @param what        a short description of the hostile part, for failure messages
 */
public record HostileRequest(String endpoint, Hostility hostility, String method, String path, Caller caller,
                             String token, String contentType, String body, String what) {

    /** Who sends a request: NOBODY sends no token. */
    public enum Caller { OWNER, STRANGER, ADMIN, NOBODY, GIVEN }

    /** What makes two inputs the same input: method, path, Content-Type and body. */
    public String distinctKey() {
        return method + ' ' + path + '\n' + contentType + '\n' + body;
    }

    /** The same with who sends it (the caller, or the token given): a bad token is an input too. */
    public String distinctKeyWithCredentials() {
        return distinctKey() + '\n' + caller + ' ' + token;
    }

    /** The status the documented rules give, when only one is right; 0 for "a 4xx". */
    public int expectedStatus() {
        return switch (hostility) {
            case FOREIGN_ID -> 404;
            case WRONG_ROLE -> 403;
            default -> 0;
        };
    }

    @Override
    public String toString() {
        return method + ' ' + shorten(path, 90) + " [" + hostility + ": " + shorten(what, 60) + "] as " + caller
                + (contentType == null ? "" : ", " + contentType)
                + (body == null ? "" : ", body " + shorten(body, 120));
    }

    public static String shorten(String text, int max) {
        return text == null || text.length() <= max ? String.valueOf(text)
                : text.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
