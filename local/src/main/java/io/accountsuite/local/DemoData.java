package io.accountsuite.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo data, loaded through the public API like an admin and customers would: the network admin (created by
 * identity-service at start-up from the environment the launcher gives it), two site templates, a catalog of plans
 * and add-ons offering them, and two customers with a paid membership and a site each. Loading twice changes
 * nothing.
 */
public final class DemoData {

    static final String ADMIN_EMAIL = "admin@example.com";
    /** Development-only credentials for the local suite's demo accounts; they exist nowhere else. */
    static final String DEMO_PASSWORD = "demo password for the local suite";

    private record DemoCustomer(String email, String name, String plan, String siteTitle, String siteSlug,
                                String template) {
    }

    private static final List<DemoCustomer> CUSTOMERS = List.of(
            new DemoCustomer("ann@example.com", "Ann Example", "demo-basic", "Ann's Bakery", "ann-bakery", "Bakery"),
            new DemoCustomer("bob@example.com", "Bob Example", "demo-pro", "Bob's Bikes", "bob-bikes", "Portfolio"));

    /** Site templates: name, posts, pages. */
    private static final Map<String, List<List<String>>> TEMPLATES = Map.of(
            "Bakery", List.of(List.of("Fresh bread every morning", "Our sourdough story"), List.of("About", "Visit us")),
            "Portfolio", List.of(List.of("Latest work"), List.of("About me", "Contact")));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String gateway;
    private final PrintStream out;

    DemoData(int gatewayPort, PrintStream out) {
        this("http://127.0.0.1:" + gatewayPort, out);
    }

    DemoData(String gatewayUrl, PrintStream out) {
        this.gateway = gatewayUrl;
        this.out = out;
    }

    /**
     * Loads the demo data into a suite running elsewhere (docker-compose's optional {@code demo} profile), given
     * the gateway's URL; the network admin must have the demo password there too (compose's default).
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: DemoData <gateway URL>");
            System.exit(2);
        }
        new DemoData(args[0], System.out).load();
    }

    void load() throws IOException, InterruptedException {
        String admin = signIn(ADMIN_EMAIL);
        Map<String, String> templates = templates(admin);
        Map<String, String> products = catalog(admin, templates);
        for (DemoCustomer customer : CUSTOMERS) {
            expect(call("POST", "/api/admin/customers", admin, Map.of("email", customer.email(),
                    "password", DEMO_PASSWORD, "name", customer.name())), 201, 409);
            String token = signIn(customer.email());
            if (call("GET", "/api/memberships", token, null).body().isEmpty()) {
                expect(call("POST", "/api/memberships", token, Map.of("planId", products.get(customer.plan()),
                        "site", Map.of("title", customer.siteTitle(), "slug", customer.siteSlug(),
                                "templateId", templates.get(customer.template())))), 201);
                payFirstInvoice(token);
            }
        }
        out.println("  demo sign-ins (password \"" + DEMO_PASSWORD + "\"):");
        out.println("    " + ADMIN_EMAIL + " (network admin)");
        CUSTOMERS.forEach(c -> out.println("    " + c.email() + " (" + c.plan().substring(5) + " plan)"));
    }

    /** Pays the membership's first invoice once billing has issued it, so the membership becomes active. */
    private void payFirstInvoice(String token) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode invoice : expect(call("GET", "/api/billing/invoices", token, null), 200)) {
                if (invoice.get("payable").asBoolean()) {
                    expect(call("POST", "/api/billing/invoices/" + invoice.get("id").asString() + "/payment", token,
                            Map.of("card", "4242424242424242")), 200);
                    return;
                }
            }
            Thread.sleep(250); // billing issues the invoice from the membership's event; bounded by the deadline
        }
        throw new IOException("demo data: the first invoice was not issued within 30 s");
    }

    /** Creates the demo templates that are missing; answers their ids by name. */
    private Map<String, String> templates(String admin) throws IOException, InterruptedException {
        Map<String, String> ids = new LinkedHashMap<>();
        for (JsonNode template : expect(call("GET", "/api/admin/templates", admin, null), 200)) {
            ids.put(template.get("name").asString(), template.get("id").asString());
        }
        for (var template : TEMPLATES.entrySet()) {
            if (!ids.containsKey(template.getKey())) {
                Map<String, Object> body = Map.of("name", template.getKey(), "description",
                        "A " + template.getKey().toLowerCase() + " site",
                        "posts", template.getValue().get(0).stream().map(t -> Map.of("title", t, "body", "…")).toList(),
                        "pages", template.getValue().get(1).stream().map(t -> Map.of("title", t)).toList(),
                        "media", List.of(Map.of("name", "hero.jpg", "sizeBytes", 250_000)));
                ids.put(template.getKey(), expect(call("POST", "/api/admin/templates", admin, body), 201)
                        .get("id").asString());
            }
        }
        return ids;
    }

    /** Creates the demo products that are missing; answers their ids by slug. */
    private Map<String, String> catalog(String admin, Map<String, String> templates)
            throws IOException, InterruptedException {
        Map<String, String> ids = existingProducts(admin);
        createMissing(admin, addOns(), ids);
        // Built only now: a plan lists its add-ons by id, so they must exist first.
        createMissing(admin, plans(ids, templates), ids);
        return ids;
    }

    private void createMissing(String admin, List<Map<String, Object>> products, Map<String, String> ids)
            throws IOException, InterruptedException {
        for (Map<String, Object> product : products) {
            if (!ids.containsKey((String) product.get("slug"))) {
                JsonNode created = expect(call("POST", "/api/admin/products", admin, product), 201);
                ids.put(created.get("slug").asString(), created.get("id").asString());
            }
        }
    }

    private Map<String, String> existingProducts(String admin) throws IOException, InterruptedException {
        Map<String, String> ids = new LinkedHashMap<>();
        for (JsonNode product : expect(call("GET", "/api/admin/products", admin, null), 200)) {
            ids.put(product.get("slug").asString(), product.get("id").asString());
        }
        return ids;
    }

    /**
     * The demo Basic plan's form as an admin saves it, with {@code posts} as its posts limit: what the propagation
     * benchmark (bench/) edits. {@code ids}: product ids by slug; {@code templates}: template ids by name.
     */
    public static Map<String, Object> basicPlan(Map<String, String> ids, Map<String, String> templates, long posts) {
        return plan("Basic", "demo-basic", "10.00", "5.00", Map.of("diskMb", 500, "posts", posts, "pages", 5,
                "visitsPerMonth", 1000, "users", 1, "customDomains", false), ids, templates);
    }

    /** The demo add-ons: a package of posts and a one-time service. */
    private static List<Map<String, Object>> addOns() {
        Map<String, Object> extraPosts = Map.of("type", "package", "name", "Extra posts", "slug",
                "demo-extra-posts", "description", "50 more posts", "currency", "USD", "price", "2.00",
                "periodDuration", 1, "periodUnit", "month", "limits", Map.of("posts", 50));
        Map<String, Object> setupHelp = Map.of("type", "service", "name", "Setup help", "slug", "demo-setup-help",
                "description", "An hour with our team", "currency", "USD", "price", "40.00", "periodDuration", 0,
                "periodUnit", "one-time");
        return List.of(extraPosts, setupHelp);
    }

    /** The demo plans, each offering the add-ons of {@code ids}. */
    private static List<Map<String, Object>> plans(Map<String, String> ids, Map<String, String> templates) {
        return List.of(
                plan("Basic", "demo-basic", "10.00", "5.00", Map.of("diskMb", 500, "posts", 10, "pages", 5,
                        "visitsPerMonth", 1000, "users", 1, "customDomains", false), ids, templates),
                plan("Pro", "demo-pro", "30.00", "20.00", Map.of("diskMb", 5000, "posts", 100, "pages", 50,
                        "visitsPerMonth", 0, "users", 5, "customDomains", true), ids, templates));
    }

    private static Map<String, Object> plan(String name, String slug, String price, String setupFee,
                                            Map<String, Object> limits, Map<String, String> ids,
                                            Map<String, String> templates) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("type", "plan");
        plan.put("name", name);
        plan.put("slug", slug);
        plan.put("description", name + " plan");
        plan.put("currency", "USD");
        plan.put("price", price);
        plan.put("setupFee", setupFee);
        plan.put("periodDuration", 1);
        plan.put("periodUnit", "month");
        plan.put("group", "demo");
        plan.put("addOns", Stream.of("demo-extra-posts", "demo-setup-help")
                .map(ids::get).filter(Objects::nonNull).toList());
        plan.put("limits", limits);
        plan.put("templateMode", "choose");
        Map<String, String> available = new LinkedHashMap<>();
        templates.values().forEach(id -> available.put(id, "available"));
        plan.put("templates", available);
        return plan;
    }

    private String signIn(String email) throws IOException, InterruptedException {
        return expect(call("POST", "/api/auth/login", null, Map.of("email", email, "password", DEMO_PASSWORD)), 200)
                .get("accessToken").asString();
    }

    private record Answer(int status, JsonNode body, String raw) {
    }

    private Answer call(String method, String path, String token, Object body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
        return new Answer(response.statusCode(), parsed, response.body());
    }

    private static JsonNode expect(Answer answer, int... statuses) throws IOException {
        for (int status : statuses) {
            if (answer.status() == status) {
                return answer.body();
            }
        }
        throw new IOException("demo data: unexpected answer " + answer.status() + ": " + answer.raw());
    }
}
