package io.accountsuite.e2e.reliability.hostile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.accountsuite.e2e.reliability.ReliabilityReport;

/**
 * The hostile-input scenario's figures: inputs sent and distinct (by method, path, Content-Type and body), answers
 * by status, by endpoint and by hostile part, and the inputs whose answer broke the rules.
 */
public final class HostileTally {

    /** An answer that broke the rules: the request and what was wrong. */
    public record Finding(HostileRequest request, String wrong) {
        @Override
        public String toString() {
            return request + " -> " + wrong;
        }
    }

    private final Set<String> distinct = new HashSet<>();
    private final Set<String> distinctWithCredentials = new HashSet<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, int[]> endpoints = new TreeMap<>();
    private final Map<Hostility, Integer> hostilities = new TreeMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private int sent;

    /** Counts one answer ({@code status} 0: none); {@code wrong} null when it kept the rules. */
    public synchronized void count(HostileRequest request, int status, String wrong) {
        sent++;
        distinct.add(digest(request.distinctKey()));
        distinctWithCredentials.add(digest(request.distinctKeyWithCredentials()));
        statuses.merge(status, 1, Integer::sum);
        int[] counts = endpoints.computeIfAbsent(request.endpoint(), e -> new int[2]);
        counts[0]++;
        hostilities.merge(request.hostility(), 1, Integer::sum);
        if (wrong != null) {
            counts[1]++;
            findings.add(new Finding(request, wrong));
        }
    }

    public synchronized int sent() {
        return sent;
    }

    public synchronized int distinct() {
        return distinct.size();
    }

    public synchronized List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** The report's section, from its heading on. */
    public synchronized String markdown(long seed, long millis) {
        return "## Hostile input, generated\n\n"
                + String.format("Seed %d (replay with `-Dhostile.seed=%d`). %,d inputs sent, %,d distinct (method, "
                + "path, Content-Type and body; %,d counting the credentials sent), in %.1f s; %d broke the rules "
                + "(a 2xx or 5xx, no problem+json with "
                + "a type, another customer's resource not 404, a customer on an admin endpoint not 403). The owner's "
                + "stored state read back afterwards is compared in the test.%n%n", seed, seed, sent, distinct.size(),
                distinctWithCredentials.size(),
                millis / 1000.0, findings.size())
                + ReliabilityReport.table(List.of("status", "answers"), statuses.entrySet().stream()
                        .map(e -> List.of(e.getKey() == 0 ? "no answer" : e.getKey().toString(),
                                e.getValue().toString())))
                + "\n" + ReliabilityReport.table(List.of("hostile part", "inputs"), hostilities.entrySet().stream()
                        .map(e -> List.of(e.getKey().name().toLowerCase().replace('_', ' '), e.getValue().toString())))
                + "\n" + ReliabilityReport.table(List.of("endpoint", "inputs", "broke the rules"),
                        endpoints.entrySet().stream().map(e -> List.of("`" + e.getKey() + "`",
                                Integer.toString(e.getValue()[0]), Integer.toString(e.getValue()[1]))))
                + (findings.isEmpty() ? "" : "\nFirst inputs that broke the rules:\n\n" + String.join("\n",
                        findings.stream().limit(10).map(f -> "- " + f.toString().replace("|", "\\|")).toList()) + "\n");
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
