package io.accountsuite.e2e.reliability.hostile;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Judges an answer to a hostile request by the API's rules (API.md, README): a 4xx, as problem+json with a
 * {@code type} URI; 404 for another customer's ids, 403 for a customer on an admin endpoint, 401 or 403 for a bad
 * token; a 401 elsewhere only where credentials are checked (sign-in, the account's own credentials), since
 * anywhere else it would mean the test's token never got in and the request was not judged at all.
 */
public final class Verdict {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CREDENTIALS = Pattern.compile("/api/(auth|account)/.*");

    private Verdict() {
    }

    /** What was wrong with the answer, or null when it kept the rules. */
    public static String of(HostileRequest request, HttpResponse<String> answer) {
        int status = answer.statusCode();
        String body = HostileRequest.shorten(answer.body(), 300);
        if (status < 400 || status >= 500) {
            return "answered " + status + " " + body;
        }
        // A body over the size limit is refused (413) before anyone reads who sent it.
        if (request.expectedStatus() != 0 && status != request.expectedStatus() && status != 413) {
            return "answered " + status + ", not " + request.expectedStatus() + ": " + body;
        }
        if (request.hostility() == Hostility.BAD_TOKEN && status != 401 && status != 403 && status != 413) {
            return "answered " + status + ", not 401 or 403: " + body;
        }
        if (status == 401 && request.hostility() != Hostility.BAD_TOKEN && !CREDENTIALS.matcher(request.path())
                .matches()) {
            return "answered 401: the caller's token did not get in " + body;
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "answered " + status + " as " + type + ", not problem+json: " + body;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (!problem.path("type").asString("").startsWith("https://")) {
                return "answered " + status + " with a problem without a type URI: " + body;
            }
        } catch (RuntimeException e) {
            return "answered " + status + " with a problem that is not JSON: " + body;
        }
        return null;
    }
}
