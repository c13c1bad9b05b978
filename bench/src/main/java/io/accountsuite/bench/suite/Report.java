package io.accountsuite.bench.suite;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** The figures of one run beside their targets (issue "Performance"), printed and appended to RESULTS.md. */
final class Report {

    /** One figure: what was measured, its value, the target and whether the value meets it. */
    record Figure(String name, String value, String target, boolean met) {
    }

    private final List<Figure> figures = new ArrayList<>();
    private final List<String> details = new ArrayList<>();

    void figure(String name, String value, String target, boolean met) {
        figures.add(new Figure(name, value, target, met));
        System.out.printf("  %-58s %-28s target %-14s %s%n", name, value, target, met ? "met" : "MISSED");
    }

    /** A line of detail under the table (a step of a sweep, what a profile showed). */
    void detail(String line) {
        details.add(line);
        System.out.println("    " + line);
    }

    void appendTo(Path results, String heading, String machine, String command) throws IOException {
        StringBuilder text = new StringBuilder("\n## ").append(heading).append("\n\n")
                .append(machine).append(" Command: `").append(command).append("`.\n\n")
                .append("| figure | measured | target | |\n|---|---|---|---|\n");
        for (Figure f : figures) {
            text.append("| ").append(f.name()).append(" | ").append(f.value()).append(" | ").append(f.target())
                    .append(" | ").append(f.met() ? "met" : "missed").append(" |\n");
        }
        if (!details.isEmpty()) {
            text.append('\n');
            details.forEach(line -> text.append("- ").append(line).append('\n'));
        }
        Files.writeString(results, text, StandardOpenOption.APPEND);
    }

    void print(PrintStream out) {
        out.println();
        out.println("| figure | measured | target | |");
        out.println("|---|---|---|---|");
        figures.forEach(f -> out.printf("| %s | %s | %s | %s |%n", f.name(), f.value(), f.target(),
                f.met() ? "met" : "missed"));
    }
}
