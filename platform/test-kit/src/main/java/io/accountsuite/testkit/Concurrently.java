package io.accountsuite.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs {@code n} blocking calls at the same time on threads of their own, as that many clients would, and answers
 * their results in order. Not Reactor's schedulers: a blocking test client on them would starve the application
 * under test, which shares the JVM and needs them itself.
 */
public final class Concurrently {

    private Concurrently() {
    }

    public static <T> List<T> run(int n, Duration deadline, IntFunction<T> call) {
        ExecutorService clients = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(clients.submit(() -> call.apply(index)));
            }
            long until = System.nanoTime() + deadline.toNanos();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException("the concurrent calls did not all finish in " + deadline, e);
        } finally {
            clients.shutdownNow();
        }
    }
}
