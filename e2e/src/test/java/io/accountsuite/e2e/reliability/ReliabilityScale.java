package io.accountsuite.e2e.reliability;

import java.util.Locale;

/**
 * How much of each reliability scenario runs: {@code short} in CI (one kill a process, 60 s of soak, 2,000
 * generated inputs), {@code full} from {@code e2e/run-reliability.sh} (two kills a process, 10 minutes of soak,
 * 10,000 inputs). Chosen with the system property {@code reliability.scale}.
 */
public enum ReliabilityScale {
    SHORT(1, 60, 2_000),
    FULL(2, 600, 10_000);

    private final int killsPerProcess;
    private final int soakSeconds;
    private final int generatedInputs;

    ReliabilityScale(int killsPerProcess, int soakSeconds, int generatedInputs) {
        this.killsPerProcess = killsPerProcess;
        this.soakSeconds = soakSeconds;
        this.generatedInputs = generatedInputs;
    }

    public static ReliabilityScale current() {
        return "full".equalsIgnoreCase(System.getProperty("reliability.scale", "short")) ? FULL : SHORT;
    }

    /** Kills of each process in the fault scenario: once while its relay publishes, once while it consumes. */
    public int killsPerProcess() {
        return killsPerProcess;
    }

    /** How long the soak's steady traffic lasts, in seconds. */
    public int soakSeconds() {
        return soakSeconds;
    }

    /** How many generated hostile inputs are sent, at least. */
    public int generatedInputs() {
        return generatedInputs;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
