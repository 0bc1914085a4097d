package com.boxoffice.quota;

import com.boxoffice.testkit.PostgresExtension;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Worker processes in one JVM: each with its own connection pool and its own {@link CallQuotas}, as
 * a process has, and only the database in common.
 */
public final class SimulatedWorkers implements AutoCloseable {
  /** As a worker's (ActivityBeans.QUOTA_CONNECTIONS). */
  private static final int CONNECTIONS = 2;

  private final List<CallQuotas> workers = new ArrayList<>();

  public SimulatedWorkers(PostgresExtension postgres, int count, Duration longestWait) {
    for (int i = 1; i <= count; i++) {
      workers.add(new CallQuotas(postgres.newPool("worker-" + i, CONNECTIONS), longestWait));
    }
  }

  /** Each worker's quota of {@code provider}, all of them over the provider's one row. */
  public List<CallQuota> perSecond(String provider, int callsPerSecond) {
    return workers.stream()
        .map(worker -> worker.perSecond(provider, callsPerSecond, "ProviderRateLimited"))
        .toList();
  }

  /**
   * Calls back to back from {@code threads} threads on each worker until {@code duration} has
   * passed, and returns when every thread has stopped. A call whose permit was refused waits for
   * the next retry delay its failure carries, as Temporal would, and is made again.
   */
  public static <W> void callUntil(
      List<W> workers, int threads, Duration duration, Consumer<W> call) throws Exception {
    long deadline = System.nanoTime() + duration.toNanos();
    try (ExecutorService pool = Executors.newFixedThreadPool(workers.size() * threads)) {
      List<Future<?>> running = new ArrayList<>();
      for (W worker : workers) {
        for (int i = 0; i < threads; i++) {
          running.add(
              pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                  try {
                    call.accept(worker);
                  } catch (ApplicationFailure refused) {
                    Thread.sleep(refused.getNextRetryDelay().toMillis());
                  }
                }
                return null;
              }));
        }
      }
      for (Future<?> thread : running) {
        thread.get();
      }
    }
  }

  @Override
  public void close() {
    workers.forEach(CallQuotas::close);
  }
}
