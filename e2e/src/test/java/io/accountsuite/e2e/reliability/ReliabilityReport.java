package io.accountsuite.e2e.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reliability report, {@code e2e/target/reliability-report.md}: one section a scenario, each written by its
 * test as it ends (so a failing scenario still leaves the others' figures), assembled in the order of
 * {@link #SECTIONS}. Sections are Markdown; a scenario that did not run is listed as such.
 */
public final class ReliabilityReport {

    /** The scenarios in the order the report gives them: the file names of their sections. */
    public static final List<String> SECTIONS = List.of("faults", "erasure", "degradation", "authorization",
            "hostile-input", "soak", "prometheus");

    private static final Path DIRECTORY = Path.of("target", "reliability");
    private static final Path REPORT = Path.of("target", "reliability-report.md");

    private ReliabilityReport() {
    }

    /**
     * Writes (or replaces) one scenario's section and assembles the report again.
     *
     * @param section one of {@link #SECTIONS}
     * @param markdown the section's body, from its {@code ##} heading on
     */
    public static synchronized void write(String section, String markdown) {
        if (!SECTIONS.contains(section)) {
            throw new IllegalArgumentException("not a section of the report: " + section);
        }
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(DIRECTORY.resolve(section + ".md"), markdown.strip() + "\n");
            Files.writeString(REPORT, assemble());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String assemble() throws IOException {
        StringBuilder report = new StringBuilder("# Reliability report\n\n")
                .append("Run ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(", scale: ")
                .append(ReliabilityScale.current()).append(", machine: ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(".\n");
        for (String section : SECTIONS) {
            Path file = DIRECTORY.resolve(section + ".md");
            report.append('\n').append(Files.exists(file) ? Files.readString(file)
                    : "## " + section + "\n\nNot run.\n");
        }
        return report.toString();
    }

    /** A Markdown table: a header row and the rows, each cell as given. */
    public static String table(List<String> header, Stream<List<String>> rows) {
        StringBuilder table = new StringBuilder(row(header)).append(row(header.stream().map(h -> "---").toList()));
        rows.forEach(r -> table.append(row(r)));
        return table.toString();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}
