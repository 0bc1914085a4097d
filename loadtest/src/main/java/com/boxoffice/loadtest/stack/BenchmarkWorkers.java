package com.boxoffice.loadtest.stack;

import com.boxoffice.loadtest.engine.saga.SagaWorkerApplication;
import java.util.ArrayList;
import java.util.List;

/**
 * How the benchmark's worker processes differ from a production worker: they also run the minimal
 * and classic sagas ({@link SagaWorkerApplication}), so the engine comparison runs them on the same
 * server and workers as the checkout; and the Stripe and SendGrid rate limits, the call quotas and
 * the task-queue limits alike, are lifted (1000/s unless {@code -Dbench.stripeRateLimit} / {@code
 * -Dbench.sendgridRateLimit} say otherwise), so a benchmark finds the machine's limit rather than
 * production's quotas (50/s and 20/s).
 */
final class BenchmarkWorkers {
  static final String DEFAULT_RATE_LIMIT = "1000";

  static final Class<?> MAIN = SagaWorkerApplication.class;

  private BenchmarkWorkers() {}

  /** The worker JVM's options: Spring reads a system property before worker.yml's defaults. */
  static List<String> jvmOptions() {
    List<String> options = new ArrayList<>();
    options.add("-Xmx512m");
    // Tuning levers, e.g. -Dbench.workerJvm="-XX:+UseParallelGC": space-separated JVM options.
    for (String option : System.getProperty("bench.workerJvm", "").split(" ")) {
      if (!option.isBlank()) {
        options.add(option);
      }
    }
    options.add(
        "-DSTRIPE_RATE_LIMIT=" + System.getProperty("bench.stripeRateLimit", DEFAULT_RATE_LIMIT));
    options.add(
        "-DSENDGRID_RATE_LIMIT="
            + System.getProperty("bench.sendgridRateLimit", DEFAULT_RATE_LIMIT));
    return List.copyOf(options);
  }
}
