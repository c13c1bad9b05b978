package io.accountsuite.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The whole suite on one machine: embedded PostgreSQL, a Kafka broker process, a mail server process that keeps
 * every mail (GreenMail) and the seven applications as separate JVMs. {@code ./run-local.sh} builds the jars and starts this; Ctrl-C stops everything.
 */
public final class LocalSuite implements AutoCloseable {

    private final SuiteSettings settings;
    private final PrintStream out;
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private LocalMail mail;
    private Supervisor supervisor;
    private Duration readyAfter;

    private LocalSuite(SuiteSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) {
        SuiteSettings settings;
        try {
            settings = SuiteSettings.fromArgs(args);
        } catch (SuiteSettings.UsageException e) {
            if (e.getMessage() != null) {
                System.err.println(e.getMessage());
            }
            System.err.println("usage: ./run-local.sh [--fresh] [--data DIR] [--port-base PORT] [--production]");
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        LocalSuite suite = new LocalSuite(settings, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (suite.postgres != null) {
                suite.out.println("\nstopping the suite…");
                suite.close();
                suite.out.println("stopped.");
            }
            stopped.countDown();
        }, "suite-shutdown"));
        try {
            suite.start();
        } catch (Exception e) {
            System.err.println("\n✗ the suite did not start: " + e.getMessage());
            System.exit(1);
        }
        suite.supervisor.watch();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the suite for a test or a tool; close it to stop everything. */
    public static LocalSuite start(SuiteSettings settings, PrintStream out) throws Exception {
        LocalSuite suite = new LocalSuite(settings, out);
        try {
            suite.start();
            return suite;
        } catch (Exception e) {
            suite.close();
            throw e;
        }
    }

    private void start() throws Exception {
        Instant begin = Instant.now();
        List<Application> applications = settings.applications();
        requireFreePorts(applications);
        prepareDataDirectory();
        out.printf("account suite: data in %s%n", settings.dataDir());

        postgres = LocalPostgres.start(settings, applications.stream().map(Application::database)
                .filter(Objects::nonNull).toList());
        out.printf("  ✓ %-20s ready on port %d%n", "postgresql", postgres.port());
        kafka = LocalKafka.start(settings, System.getProperty("java.class.path"));
        out.printf("  ✓ %-20s ready on port %d%n", "kafka", settings.kafkaPort());
        mail = LocalMail.start(settings);
        out.printf("  ✓ %-20s ready on port %d%n", "mail (smtp)", settings.mailSmtpPort());

        supervisor = new Supervisor(applications.stream()
                .map(app -> new ApplicationProcess(app, settings.jvmFlags(), settings.logs())).toList(), out);
        supervisor.startAll(settings.readyTimeout());
        readyAfter = Duration.between(begin, Instant.now());

        out.printf("all %d applications ready in %.1f s%n", applications.size(),
                Duration.between(begin, Instant.now()).toMillis() / 1000.0);
        out.printf("  account page:  http://localhost:%d/account%n", settings.portBase());
        out.printf("  API:           http://localhost:%d/api%n", settings.portBase());
        out.printf("  mail:          http://localhost:%d (GreenMail's API: GET /api/user/<email>/messages/INBOX)%n",
                settings.mailApiPort());
        out.printf("  logs:          %s%n", settings.logs());
        if (settings.isWholeSuite()) {
            new DemoData(settings.portBase(), out).load();
        }
        out.println("Ctrl-C stops everything; an application that dies is restarted.");
    }

    private void prepareDataDirectory() throws IOException {
        if (settings.fresh() && Files.exists(settings.dataDir())) {
            try (Stream<Path> files = Files.walk(settings.dataDir())) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(settings.logs());
    }

    private void requireFreePorts(List<Application> applications) throws IOException {
        List<Integer> ports = new ArrayList<>(applications.stream().map(Application::port).toList());
        ports.addAll(applications.stream().map(Application::managementPort).toList());
        ports.addAll(List.of(settings.postgresPort(), settings.kafkaPort(), settings.kafkaControllerPort(),
                settings.mailSmtpPort(), settings.mailApiPort()));
        for (int port : ports) {
            // Reuse-address before binding: a connection lingering in TIME_WAIT does not make the port busy.
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            } catch (IOException e) {
                throw new IOException("port " + port + " is already in use (is the suite already running?)");
            }
        }
    }

    /** From the start of the launch (PostgreSQL and Kafka included) to every application's readiness probe up. */
    public Duration readyAfter() {
        return readyAfter;
    }

    public List<Application> applications() {
        return supervisor.processes().stream().map(ApplicationProcess::application).toList();
    }

    /** The operating-system process id of a running application, e.g. to kill it in a reliability test. */
    public long pidOf(String application) {
        return supervisor.processes().stream().filter(p -> p.application().name().equals(application))
                .findFirst().orElseThrow().pid();
    }

    /**
     * Stops an application as an operator would (SIGTERM, then SIGKILL after 25 s) and keeps it down, restart
     * policy or not, until {@link #start} is called.
     */
    public void stop(String application) throws InterruptedException {
        supervisor.stop(application, Duration.ofSeconds(25));
    }

    /**
     * Starts a stopped application again, its environment extended with {@code environment} from now on (e.g. a
     * fresh Kafka consumer group); returns at once, before it is ready.
     */
    public void start(String application, Map<String, String> environment) throws IOException {
        supervisor.start(application, environment);
    }

    /** Kills the Kafka broker with SIGKILL and starts it again on its own data; returns once it answers. */
    public void killBroker() throws IOException, InterruptedException {
        kafka.kill();
        kafka = LocalKafka.start(settings, System.getProperty("java.class.path"));
    }

    /** The Kafka broker's operating-system process id. */
    public long brokerPid() {
        return kafka.pid();
    }

    /**
     * The mail server's HTTP API, where every mail the suite sent can be read: {@code GET
     * /api/user/<email>/messages/INBOX} (LocalMail says what it answers).
     */
    public String mailApiUrl() {
        return "http://127.0.0.1:" + settings.mailApiPort();
    }

    /** The mail server's operating-system process id. */
    public long mailServerPid() {
        return mail.pid();
    }

    /** Turns on the restart policy, as the command line does once everything is ready. */
    public void superviseRestarts() {
        supervisor.watch();
    }

    /** Stops the applications first, then the broker and the mail server, then the database. */
    @Override
    public synchronized void close() {
        try {
            if (supervisor != null) {
                supervisor.close();
                supervisor = null;
            }
            if (kafka != null) {
                kafka.close();
                kafka = null;
            }
            if (mail != null) {
                mail.close();
                mail = null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                out.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }
}
