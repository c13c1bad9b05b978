package io.accountsuite.bench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The suite's processes as the operating system sees them: every process this JVM started, directly or not (the
 * seven applications, the Kafka broker, the mail server, PostgreSQL and its workers). Linux only: reads {@code /proc}.
 */
final class SuiteProcesses {

    /** Clock ticks a second of {@code /proc/<pid>/stat} times (USER_HZ; 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    private SuiteProcesses() {
    }

    /** CPU time used so far by every process of the suite, user and system, in milliseconds. */
    static double cpuMillis() {
        List<ProcessHandle> all = ProcessHandle.current().descendants().toList();
        double ticks = 0;
        for (ProcessHandle process : all) {
            ticks += cpuTicks(process.pid());
        }
        return ticks * 1000.0 / TICKS_PER_SECOND;
    }

    /** Resident memory of one process, in megabytes (VmRSS), or -1 when it is gone. */
    static long rssMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException gone) {
            return -1;
        }
        return -1;
    }

    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
