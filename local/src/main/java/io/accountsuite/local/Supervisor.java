package io.accountsuite.local;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Starts the applications together and waits until every readiness probe answers; a failed start stops the rest.
 * Once the suite is up it behaves like a container orchestrator's restart policy: an application that dies is
 * reported and started again, with a pause that grows while it keeps dying.
 */
final class Supervisor implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final int LOG_LINES_ON_FAILURE = 25;

    private final List<ApplicationProcess> processes;
    private final PrintStream out;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "suite-watcher");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Deque<Instant>> restarts = new ConcurrentHashMap<>();
    private final Map<String, Instant> restartAt = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    Supervisor(List<ApplicationProcess> processes, PrintStream out) {
        this.processes = processes;
        this.out = out;
    }

    /** Starts everything and waits for readiness; throws, with what went wrong, if any application fails. */
    void startAll(Duration timeout) throws IOException, InterruptedException {
        for (ApplicationProcess process : processes) {
            process.start();
        }
        Instant deadline = Instant.now().plus(timeout);
        List<ApplicationProcess> waiting = new ArrayList<>(processes);
        while (!waiting.isEmpty()) {
            for (ApplicationProcess process : List.copyOf(waiting)) {
                if (!process.isAlive()) {
                    throw failure(process, "exited with code " + process.exitCode() + " during start-up");
                }
                if (process.isReady()) {
                    waiting.remove(process);
                    out.printf("  ✓ %-20s ready on port %d%n", process.application().name(),
                            process.application().port());
                }
            }
            if (Instant.now().isAfter(deadline) && !waiting.isEmpty()) {
                throw failure(waiting.get(0), "was not ready within " + timeout.toSeconds() + " s (still waiting: "
                        + waiting.stream().map(p -> p.application().name()).toList() + ")");
            }
            Thread.sleep(POLL.toMillis()); // polling child processes against the deadline above
        }
    }

    /** From now on, restart any application that dies. */
    void watch() {
        watcher.scheduleWithFixedDelay(this::restartDead, 1, 1, TimeUnit.SECONDS);
    }

    private void restartDead() {
        for (ApplicationProcess process : processes) {
            String name = process.application().name();
            if (stopping || process.isHeld() || process.isAlive()) {
                continue;
            }
            Instant due = restartAt.computeIfAbsent(name, n -> {
                Duration pause = backoff(n);
                out.printf("  ! %s exited with code %d; restarting in %d s (log: %s)%n", n, process.exitCode(),
                        pause.toSeconds(), process.log());
                return Instant.now().plus(pause);
            });
            if (Instant.now().isAfter(due)) {
                try {
                    restartAt.remove(name);
                    process.start();
                    out.printf("  ↻ %s restarted (pid %d)%n", name, process.pid());
                } catch (IOException e) {
                    out.printf("  ✗ %s could not be restarted: %s%n", name, e.getMessage());
                }
            }
        }
    }

    /** 1 s after a first crash, doubling for each crash within the last five minutes, at most 60 s. */
    private Duration backoff(String name) {
        Deque<Instant> recent = restarts.computeIfAbsent(name, n -> new ArrayDeque<>());
        Instant now = Instant.now();
        recent.removeIf(t -> t.isBefore(now.minus(Duration.ofMinutes(5))));
        recent.add(now);
        return Duration.ofSeconds(Math.min(60, 1L << Math.min(6, recent.size() - 1)));
    }

    private IOException failure(ApplicationProcess process, String what) {
        StringBuilder message = new StringBuilder(process.application().name()).append(' ').append(what)
                .append(". Last lines of ").append(process.log()).append(':');
        process.lastLogLines(LOG_LINES_ON_FAILURE).forEach(line -> message.append("\n    ").append(line));
        return new IOException(message.toString());
    }

    /** Stops an application (SIGTERM, then SIGKILL after the grace period) and keeps it down. */
    void stop(String name, Duration grace) throws InterruptedException {
        ApplicationProcess process = process(name);
        process.hold(true);
        process.stop(grace);
    }

    /** Starts a stopped application again, with settings added to its environment; does not wait for it. */
    void start(String name, Map<String, String> environment) throws IOException {
        ApplicationProcess process = process(name);
        process.addEnvironment(environment);
        synchronized (process) {
            if (!process.isAlive()) {
                process.start();
            }
            process.hold(false);
        }
    }

    private ApplicationProcess process(String name) {
        return processes.stream().filter(p -> p.application().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no application named " + name));
    }

    List<ApplicationProcess> processes() {
        return processes;
    }

    /** Stops every application in parallel, each with a grace period for in-flight work. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        watcher.shutdownNow();
        List<Thread> stoppers = processes.stream().map(process -> {
            Thread stopper = new Thread(() -> {
                try {
                    process.stop(Duration.ofSeconds(25));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "stop-" + process.application().name());
            stopper.start();
            return stopper;
        }).toList();
        for (Thread stopper : stoppers) {
            stopper.join();
        }
    }
}
