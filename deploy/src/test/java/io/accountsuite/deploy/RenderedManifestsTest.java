package io.accountsuite.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders each overlay with {@code kubectl kustomize} (as the SRE would apply it) and checks what every
 * Deployment must keep: probes on the actuator groups, requests and limits, a non-root read-only container, a
 * pinned image, selectors that select the pod, every setting whose default only works on a developer's machine,
 * a graceful stop; every Service port reaching a container port; a PodDisruptionBudget and an autoscaler for
 * each application; the network locked down by default, open from the gateway to every backend it is given and
 * from notification-service to its SMTP relay, whose settings come from a Secret.
 */
@SuppressWarnings("unchecked")
class RenderedManifestsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> APPLICATIONS = List.of("gateway", "identity-service", "membership-service",
            "billing-service", "site-service", "domain-service", "notification-service");
    /** The SMTP relay's address and login: credentials, so from a Secret, never from a ConfigMap. */
    private static final Map<String, String> SMTP_SETTINGS = Map.of("MAIL_HOST", "host", "MAIL_PORT", "port",
            "MAIL_USERNAME", "username", "MAIL_PASSWORD", "password", "MAIL_STARTTLS", "starttls");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):([^}]*)}");
    /** A default pointing at the developer's own machine or at a reserved example name must be replaced. */
    private static final Pattern DEVELOPMENT_ONLY = Pattern.compile("localhost|127\\.0\\.0\\.1|\\.example\\b");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void every_deployment_keeps_the_invariants(String overlay) throws Exception {
        Rendered rendered = render(overlay);
        assertThat(rendered.named("Deployment").keySet()).containsExactlyInAnyOrderElementsOf(APPLICATIONS);
        for (String app : APPLICATIONS) {
            Map<String, Object> deployment = rendered.named("Deployment").get(app);
            Map<String, Object> pod = map(map(deployment, "spec", "template"), "spec");
            Map<String, Object> container = first(list(pod, "containers"));
            String where = overlay + "/" + app;

            assertThat(map(map(deployment, "spec", "template"), "metadata", "labels"))
                    .as("%s: the selector selects its own pods", where)
                    .containsAllEntriesOf(map(deployment, "spec", "selector", "matchLabels"));
            assertThat(map(container, "startupProbe")).as("%s startup probe", where).isNotNull();
            assertThat(map(container, "livenessProbe", "httpGet").get("path")).isEqualTo("/actuator/health/liveness");
            assertThat(map(container, "readinessProbe", "httpGet").get("path")).isEqualTo("/actuator/health/readiness");
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(map(container, probe, "httpGet").get("port")).as("%s %s on the management port", where,
                        probe).isEqualTo("management");
            }
            assertThat(settings(rendered, container)).as("%s has a management port apart", where)
                    .contains("MANAGEMENT_PORT");
            assertThat(map(map(deployment, "spec", "template"), "metadata", "annotations"))
                    .as("%s is scraped on the management port", where).containsEntry("prometheus.io/port", "9090");
            for (String kind : List.of("requests", "limits")) {
                assertThat(map(container, "resources", kind)).as("%s %s", where, kind)
                        .containsKeys("cpu", "memory");
            }
            assertThat(map(pod, "securityContext").get("runAsNonRoot")).as("%s non-root", where).isEqualTo(true);
            Map<String, Object> security = map(container, "securityContext");
            assertThat(security.get("readOnlyRootFilesystem")).as("%s read-only root", where).isEqualTo(true);
            assertThat(security.get("allowPrivilegeEscalation")).isEqualTo(false);
            assertThat((List<Object>) map(security, "capabilities").get("drop")).contains("ALL");
            String image = (String) container.get("image");
            assertThat(image).as("%s image is pinned", where).matches(".+:[^:/]+").doesNotEndWith(":latest");
            assertThat(map(container, "lifecycle", "preStop")).as("%s pauses before stopping", where).isNotNull();
            assertThat((Integer) pod.get("terminationGracePeriodSeconds")).isGreaterThan(30);
            assertThat(settings(rendered, container)).as("%s sets what its defaults cannot know", where)
                    .containsAll(requiredSettings(app));
            assertThat(fromRequiredSecrets(container)).as("%s takes its secrets from Secrets it cannot start without",
                    where).containsAll(secretSettings(app));

            assertThat(rendered.selecting("PodDisruptionBudget", deployment)).as("%s PDB", where).isNotEmpty();
            assertThat(rendered.named("HorizontalPodAutoscaler").get(app)).as("%s autoscaler", where).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void every_service_port_reaches_a_container_port(String overlay) throws Exception {
        Rendered rendered = render(overlay);
        for (Map<String, Object> service : rendered.named("Service").values()) {
            Map<String, Object> selector = map(service, "spec", "selector");
            Map<String, Object> deployment = rendered.named("Deployment").values().stream()
                    .filter(d -> map(map(d, "spec", "template"), "metadata", "labels").entrySet()
                            .containsAll(selector.entrySet()))
                    .findFirst().orElseThrow(() -> new AssertionError("no pods for Service " + name(service)));
            Set<Object> containerPorts = new HashSet<>();
            for (Map<String, Object> port : list(first(list(map(map(deployment, "spec", "template"), "spec"),
                    "containers")), "ports")) {
                containerPorts.add(port.get("name"));
                containerPorts.add(port.get("containerPort"));
            }
            for (Map<String, Object> port : list(map(service, "spec"), "ports")) {
                assertThat(containerPorts).as("%s/%s port %s", overlay, name(service), port.get("name"))
                        .contains(port.get("targetPort"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void nothing_is_reachable_unless_a_policy_says_so(String overlay) throws Exception {
        Rendered rendered = render(overlay);
        Map<String, Object> deny = rendered.named("NetworkPolicy").get("default-deny");
        assertThat(map(deny, "spec", "podSelector")).isEmpty();
        assertThat((List<Object>) map(deny, "spec").get("policyTypes")).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(rendered.named("Ingress").get("gateway")).isNotNull();
        assertThat(rendered.all()).noneMatch(r -> "Secret".equals(r.get("kind")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void the_gateway_may_reach_every_backend_it_is_configured_with(String overlay) throws Exception {
        Rendered rendered = render(overlay);
        Map<String, Object> gateway = rendered.named("ConfigMap").get("gateway-config");
        List<String> backends = map(gateway, "data").entrySet().stream()
                .filter(setting -> setting.getKey().endsWith("_URL"))
                .map(setting -> ((String) setting.getValue()).replaceFirst("^https?://([^/:]+).*$", "$1"))
                .toList();
        assertThat(backends).as("%s: the gateway's backends", overlay).contains("notification-service");
        for (String backend : backends) {
            Map<String, Object> pods = map(rendered.named("Deployment").get(backend), "spec", "template", "metadata",
                    "labels");
            assertThat(pods).as("%s: the gateway's backend %s is deployed", overlay, backend).isNotNull();
            assertThat(rendered.named("NetworkPolicy").values()).as("%s: a policy lets the gateway in to %s", overlay,
                    backend).anyMatch(policy -> selects(map(policy, "spec", "podSelector"), pods)
                    && letsIn(policy, Map.of("app.kubernetes.io/name", "gateway")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void notification_service_takes_its_smtp_relay_from_a_secret_and_may_reach_it(String overlay) throws Exception {
        Rendered rendered = render(overlay);
        Map<String, Object> deployment = rendered.named("Deployment").get("notification-service");
        Map<String, Object> container = first(list(map(map(deployment, "spec", "template"), "spec"), "containers"));
        Map<String, String> fromSmtpSecret = new TreeMap<>();
        for (Map<String, Object> env : list(container, "env")) {
            Map<String, Object> ref = map(env, "valueFrom", "secretKeyRef");
            if (ref != null && "notification-smtp".equals(ref.get("name")) && ref.get("optional") == null) {
                fromSmtpSecret.put((String) env.get("name"), (String) ref.get("key"));
            }
        }
        assertThat(fromSmtpSecret).as("%s: MAIL_* from the Secret notification-smtp", overlay)
                .containsExactlyInAnyOrderEntriesOf(SMTP_SETTINGS);
        for (Map<String, Object> configMap : rendered.named("ConfigMap").values()) {
            assertThat(map(configMap, "data").keySet()).as("%s: ConfigMap %s", overlay, name(configMap))
                    .doesNotContainAnyElementsOf(SMTP_SETTINGS.keySet());
        }
        Map<String, Object> pods = map(map(deployment, "spec", "template"), "metadata", "labels");
        Set<Object> smtpPorts = new HashSet<>();
        for (Map<String, Object> policy : rendered.named("NetworkPolicy").values()) {
            if (selects(map(policy, "spec", "podSelector"), pods)) {
                list(map(policy, "spec"), "egress").stream().filter(rule -> !rule.containsKey("to"))
                        .flatMap(rule -> list(rule, "ports").stream())
                        .forEach(port -> smtpPorts.add(port.get("port")));
            }
        }
        assertThat(smtpPorts).as("%s: notification-service reaches a relay anywhere on the SMTP ports", overlay)
                .contains(25, 465, 587, 1025);
    }

    @Test
    void production_runs_three_gateways_and_two_of_each_service_spread_across_zones() throws Exception {
        Rendered prod = render("prod");
        for (String app : APPLICATIONS) {
            Map<String, Object> spec = map(prod.named("Deployment").get(app), "spec");
            assertThat(spec.get("replicas")).as(app).isEqualTo(app.equals("gateway") ? 3 : 2);
            assertThat(list(map(map(spec, "template"), "spec"), "topologySpreadConstraints"))
                    .extracting(c -> c.get("topologyKey"))
                    .contains("topology.kubernetes.io/zone", "kubernetes.io/hostname");
        }
        Rendered dev = render("dev");
        APPLICATIONS.forEach(app -> assertThat(map(dev.named("Deployment").get(app), "spec").get("replicas"))
                .isEqualTo(1));
    }

    @Test
    void every_alert_points_at_a_runbook_section_that_exists() throws Exception {
        Set<String> sections = new HashSet<>();
        for (String line : Files.readAllLines(ROOT.resolve("deploy/RUNBOOK.md"))) {
            if (line.startsWith("## ")) {
                sections.add(line.substring(3).strip().toLowerCase().replaceAll("[^a-z0-9 -]", "").replace(' ', '-'));
            }
        }
        Rendered monitoring = render(ROOT.resolve("deploy/monitoring"));
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> group : list(map(monitoring.named("PrometheusRule").get("account-suite"), "spec"),
                "groups")) {
            rules.addAll(list(group, "rules"));
        }
        assertThat(rules).hasSizeGreaterThanOrEqualTo(8);
        for (Map<String, Object> rule : rules) {
            String runbook = (String) map(rule, "annotations").get("runbook");
            assertThat(runbook).as("alert %s", rule.get("alert")).startsWith("deploy/RUNBOOK.md#");
            assertThat(sections).as("alert %s", rule.get("alert")).contains(runbook.substring(runbook.indexOf('#') + 1));
        }
    }

    /** Whether a policy's pod selector (labels, or {@code In} expressions) selects pods with these labels. */
    private static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        Map<String, Object> matchLabels = map(selector, "matchLabels");
        if (matchLabels != null && !labels.entrySet().containsAll(matchLabels.entrySet())) {
            return false;
        }
        for (Map<String, Object> expression : list(selector, "matchExpressions")) {
            assertThat(expression.get("operator")).as("selector operator").isEqualTo("In");
            if (!((List<Object>) expression.get("values")).contains(labels.get((String) expression.get("key")))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a policy lets in pods of this namespace with these labels. */
    private static boolean letsIn(Map<String, Object> policy, Map<String, Object> labels) {
        return list(map(policy, "spec"), "ingress").stream().flatMap(rule -> list(rule, "from").stream())
                .anyMatch(from -> !from.containsKey("namespaceSelector") && from.containsKey("podSelector")
                        && selects(map(from, "podSelector"), labels));
    }

    /** Names set on the container, directly or through its ConfigMaps. */
    private static Set<String> settings(Rendered rendered, Map<String, Object> container) {
        Set<String> names = new HashSet<>();
        for (Map<String, Object> env : list(container, "env")) {
            names.add((String) env.get("name"));
        }
        for (Map<String, Object> from : list(container, "envFrom")) {
            if (from.get("configMapRef") instanceof Map<?, ?> ref) {
                Map<String, Object> configMap = rendered.named("ConfigMap").get((String) ref.get("name"));
                assertThat(configMap).as("ConfigMap " + ref.get("name")).isNotNull();
                names.addAll(map(configMap, "data").keySet());
            }
        }
        return names;
    }

    /**
     * The variables the application reads whose defaults only make sense on a developer's machine (localhost, a
     * reserved {@code .example} name), plus the database password for an application with a database.
     */
    static Set<String> requiredSettings(String app) throws IOException {
        String own = ownSettings(app);
        List<String> sources = new ArrayList<>(List.of(own,
                Files.readString(ROOT.resolve("platform/runtime/src/main/resources/platform-defaults.properties"))));
        boolean database = own.contains("platform:") && own.contains("database:");
        if (database) {
            sources.add(Files.readString(
                    ROOT.resolve("platform/database/src/main/resources/platform-database-defaults.properties")));
        }
        Set<String> required = new HashSet<>();
        for (String source : sources) {
            Matcher m = PLACEHOLDER.matcher(source);
            while (m.find()) {
                if (DEVELOPMENT_ONLY.matcher(m.group(2)).find()) {
                    required.add(m.group(1));
                }
            }
        }
        if (database) {
            required.add("DB_PASSWORD");
        }
        assertThat(required).as("%s reads settings", app).contains("KAFKA_BOOTSTRAP_SERVERS", "JWKS_URI");
        return required;
    }

    /**
     * The secrets an application needs in production: its database password, and every encryption key it reads
     * (an {@code *_ENCRYPTION_KEY} setting left blank means "unencrypted", for a developer's machine only).
     */
    static Set<String> secretSettings(String app) throws IOException {
        Set<String> secrets = new HashSet<>();
        String own = ownSettings(app);
        Matcher m = PLACEHOLDER.matcher(own);
        while (m.find()) {
            if (m.group(1).endsWith("_ENCRYPTION_KEY")) {
                secrets.add(m.group(1));
            }
        }
        if (own.contains("platform:") && own.contains("database:")) {
            secrets.add("DB_PASSWORD");
        }
        return secrets;
    }

    /**
     * The application's own settings ({@code application.yml}). A service deployed here whose module is not in
     * this checkout yet (its code is on another branch, and the root pom.xml does not build it) is held to the
     * platform's settings of a service with a database until its module arrives; once the build lists the module,
     * its own file is required.
     */
    private static String ownSettings(String app) throws IOException {
        Path own = ROOT.resolve(app + "/src/main/resources/application.yml");
        if (Files.exists(own)) {
            return Files.readString(own);
        }
        assertThat(Files.readString(ROOT.resolve("pom.xml"))).as("%s is built but has no %s", app, own)
                .doesNotContain("<module>" + app + "</module>");
        return "platform:\n  database: " + app + "\n";
    }

    /** Names set on the container from a Secret that must exist (not optional). */
    private static Set<String> fromRequiredSecrets(Map<String, Object> container) {
        Set<String> names = new HashSet<>();
        for (Map<String, Object> env : list(container, "env")) {
            if (env.get("valueFrom") instanceof Map<?, ?> from && from.get("secretKeyRef") instanceof Map<?, ?> ref
                    && !Boolean.TRUE.equals(ref.get("optional"))) {
                names.add((String) env.get("name"));
            }
        }
        return names;
    }

    private static Rendered render(String overlay) throws IOException, InterruptedException {
        return render(ROOT.resolve("deploy/overlays/" + overlay));
    }

    private static Rendered render(Path kustomization) throws IOException, InterruptedException {
        String overlay = ROOT.relativize(kustomization).toString();
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", kustomization.toString())
                .redirectErrorStream(true).start();
        String out = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(kubectl.exitValue()).as("kubectl kustomize %s: %s", overlay, out).isZero();
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object document : new Yaml().loadAll(out)) {
            if (document != null) {
                resources.add(cast(document));
            }
        }
        return new Rendered(resources);
    }

    private record Rendered(List<Map<String, Object>> all) {
        Map<String, Map<String, Object>> named(String kind) {
            Map<String, Map<String, Object>> byName = new TreeMap<>();
            all.stream().filter(r -> kind.equals(r.get("kind"))).forEach(r -> byName.put(name(r), r));
            return byName;
        }

        List<Map<String, Object>> selecting(String kind, Map<String, Object> deployment) {
            Map<String, Object> labels = map(map(deployment, "spec", "template"), "metadata", "labels");
            return named(kind).values().stream()
                    .filter(r -> labels.entrySet().containsAll(map(r, "spec", "selector", "matchLabels").entrySet()))
                    .toList();
        }
    }

    private static String name(Map<String, Object> resource) {
        return (String) map(resource, "metadata").get("name");
    }

    private static Map<String, Object> map(Map<String, Object> from, String... path) {
        Map<String, Object> at = from;
        for (String key : path) {
            Object next = at == null ? null : at.get(key);
            at = next == null ? null : cast(next);
        }
        return at;
    }

    private static List<Map<String, Object>> list(Map<String, Object> from, String key) {
        Object value = from.get(key);
        if (value == null) {
            return List.of();
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object item : (List<?>) value) {
            items.add(cast(item));
        }
        return items;
    }

    private static Map<String, Object> first(List<Map<String, Object>> items) {
        assertThat(items).isNotEmpty();
        return items.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
