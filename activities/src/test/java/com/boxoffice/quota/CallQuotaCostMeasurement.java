package com.boxoffice.quota;

import com.boxoffice.quota.CallQuotas.Locking;
import com.boxoffice.testkit.PostgresExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a permit costs on the hot path, for each way of locking the provider's row, with and without
 * bucket4j's batching of one process's concurrent requests into one transaction: one thread, then
 * sixteen threads of one worker taking permits back to back from the embedded PostgreSQL, over the
 * worker's two quota connections (and, unbatched, also over sixteen: its best case). A measurement,
 * not a test (it asserts nothing, and its name keeps it out of the build's test run); run it alone:
 *
 * <pre>{@code
 * ./mvnw -pl activities -am verify -Dtest=CallQuotaCostMeasurement \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 *
 * The figures are logged to {@code activities/target/surefire-reports/…-output.txt}.
 */
class CallQuotaCostMeasurement {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final Logger log = LoggerFactory.getLogger(CallQuotaCostMeasurement.class);

  private static final int THREADS = 16;
  private static final Duration WARM_UP = Duration.ofSeconds(2);
  private static final Duration MEASURED = Duration.ofSeconds(5);

  /** So high that no permit ever waits for its slot: what is left is the database's cost. */
  private static final int UNBOUNDED = 1_000_000;

  /** As a worker's (ActivityBeans.QUOTA_CONNECTIONS). */
  private static final int CONNECTIONS = 2;

  /** The benchmark stack's lifted limit. */
  private static final int BENCHMARK = 1000;

  @Test
  void measure() throws Exception {
    for (int round = 1; round <= 2; round++) {
      for (Locking locking : Locking.values()) {
        report(locking, false, CONNECTIONS, 1, UNBOUNDED);
        report(locking, false, CONNECTIONS, THREADS, UNBOUNDED);
        report(locking, false, THREADS, THREADS, UNBOUNDED);
        report(locking, true, CONNECTIONS, THREADS, UNBOUNDED);
      }
    }
    report(Locking.ROW, true, CONNECTIONS, THREADS, BENCHMARK);
  }

  private void report(Locking locking, boolean batched, int connections, int threads, int perSecond)
      throws Exception {
    try (CallQuotas quotas =
        new CallQuotas(
            postgres.newPool("cost", connections), Duration.ofMillis(500), locking, batched)) {
      CallQuota quota =
          quotas.perSecond(
              String.join("-", locking.name(), "" + batched, "" + threads, "" + perSecond),
              perSecond,
              "X");
      run(quota, threads, WARM_UP);
      List<Long> nanos = run(quota, threads, MEASURED);
      Collections.sort(nanos);
      log.info(
          String.format(
              Locale.ROOT,
              "%-8s %-9s %2d connections, %2d threads, %7d/s limit: %6.0f permits/s,"
                  + " median %.2f ms, p99 %.2f ms, max %.1f ms",
              locking,
              batched ? "batched" : "unbatched",
              connections,
              threads,
              perSecond,
              nanos.size() / (MEASURED.toNanos() / 1e9),
              percentile(nanos, 0.50),
              percentile(nanos, 0.99),
              nanos.getLast() / 1e6));
    }
  }

  /** Each thread's acquires, timed one by one until the duration has passed. */
  private static List<Long> run(CallQuota quota, int threads, Duration duration) throws Exception {
    long deadline = System.nanoTime() + duration.toNanos();
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        running.add(
            pool.submit(() -> {
              while (System.nanoTime() < deadline) {
                long start = System.nanoTime();
                quota.acquire();
                nanos.add(System.nanoTime() - start);
              }
            }));
      }
      for (Future<?> thread : running) {
        thread.get();
      }
    }
    return new ArrayList<>(nanos);
  }

  private static double percentile(List<Long> sorted, double share) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(share * sorted.size()))) / 1e6;
  }
}
