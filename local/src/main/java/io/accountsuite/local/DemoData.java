package io.accountsuite.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demo data, loaded through the public API like an admin would: the network admin (created by identity-service at
 * start-up from the environment the launcher gives it) and two customers. Loading twice changes nothing. Plans,
 * templates, memberships and sites join as the services that own them gain their APIs.
 */
final class DemoData {

    static final String ADMIN_EMAIL = "admin@example.com";
    /** Development-only credentials for the local suite's demo accounts; they exist nowhere else. */
    static final String DEMO_PASSWORD = "demo password for the local suite";
    static final List<String[]> CUSTOMERS = List.of(
            new String[] {"ann@example.com", "Ann Example"},
            new String[] {"bob@example.com", "Bob Example"});

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String gateway;
    private final PrintStream out;

    DemoData(int gatewayPort, PrintStream out) {
        this.gateway = "http://127.0.0.1:" + gatewayPort;
        this.out = out;
    }

    void load() throws IOException, InterruptedException {
        String admin = signIn(ADMIN_EMAIL);
        for (String[] customer : CUSTOMERS) {
            HttpResponse<String> created = post("/api/admin/customers", admin, "{\"email\":\"" + customer[0]
                    + "\",\"password\":\"" + DEMO_PASSWORD + "\",\"name\":\"" + customer[1] + "\"}");
            if (created.statusCode() != 201 && created.statusCode() != 409) {
                throw new IOException("creating demo customer " + customer[0] + " answered " + created.statusCode()
                        + ": " + created.body());
            }
        }
        out.println("  demo sign-ins (password \"" + DEMO_PASSWORD + "\"):");
        out.println("    " + ADMIN_EMAIL + " (network admin)");
        CUSTOMERS.forEach(customer -> out.println("    " + customer[0]));
    }

    private String signIn(String email) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/api/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + DEMO_PASSWORD + "\"}");
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IOException("signing in as " + email + " answered " + response.statusCode());
        }
        return token.group(1);
    }

    private HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
