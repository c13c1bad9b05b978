package io.accountsuite.e2e.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core's WCAG 2.1 level AA rules run in the page a browser shows, and the record of every page and dialog state
 * the journeys checked ({@code target/accessibility.md}). axe-core comes from the npm registry at build time (e2e's
 * pom puts its {@code axe.min.js} on the test classpath); nothing is downloaded while the tests run.
 */
final class Accessibility {

    /** The rule tags of WCAG 2.0 and 2.1, levels A and AA: the conformance the issue asks for. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String AXE = "/axe-core/axe.min.js";
    private static final Path REPORT = Path.of("target/accessibility.md");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(result => done(result.violations.map(v => ({rule: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.map(n => n.target.join(' '))}))))
                .catch(error => done([{rule: 'axe-error', impact: 'critical', help: String(error), targets: []}]));
            """;

    /** Each state checked, in the order the journeys first reached it, with the most violations found there. */
    private static final Map<String, List<Violation>> CHECKED = new LinkedHashMap<>();
    private static int runs;
    private static String axeVersion = "?";

    private Accessibility() {
    }

    /**
     * One rule the page breaks.
     *
     * @param rule    axe-core's rule id, e.g. {@code color-contrast}
     * @param impact  minor, moderate, serious or critical
     * @param help    what the rule asks, in axe-core's words
     * @param targets CSS selectors of the elements that break it
     */
    record Violation(String rule, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " " + targets;
        }
    }

    /** Injects axe-core into the page once (a new page needs it again) and answers what it finds, none if none. */
    @SuppressWarnings("unchecked")
    static List<Violation> violations(JavascriptExecutor page) {
        if (!(Boolean) page.executeScript("return typeof window.axe === 'object'")) {
            page.executeScript(axeSource());
        }
        axeVersion = (String) page.executeScript("return axe.version");
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.executeAsyncScript(RUN, WCAG_21_AA);
        return found.stream().map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"),
                (String) v.get("help"), (List<String>) v.get("targets"))).toList();
    }

    /** Notes that {@code state} was checked and what was found, and rewrites the report with every state so far. */
    static synchronized void record(String state, List<Violation> violations) {
        runs++;
        CHECKED.merge(state, violations, (before, now) -> now.size() > before.size() ? now : before);
        StringBuilder report = new StringBuilder("# Accessibility checks of the browser journeys\n\n")
                .append("axe-core ").append(axeVersion).append(", rules tagged ").append(String.join(", ", WCAG_21_AA))
                .append(" (WCAG 2.1 level AA).\n\n")
                .append(CHECKED.size()).append(" page and dialog states checked (").append(runs)
                .append(" runs), ").append(CHECKED.values().stream().mapToInt(List::size).sum())
                .append(" violations.\n\n| state | violations |\n|---|---|\n");
        CHECKED.forEach((name, found) -> report.append("| ").append(name).append(" | ")
                .append(found.isEmpty() ? "0" : found.size() + ": " + found.stream().map(Violation::toString)
                        .collect(Collectors.joining("; ")).replace("|", "\\|"))
                .append(" |\n"));
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeSource() {
        try (InputStream in = Accessibility.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException(AXE + " is not on the test classpath: build e2e with Maven, whose"
                        + " download-maven-plugin unpacks it from the npm registry's axe-core tarball");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
