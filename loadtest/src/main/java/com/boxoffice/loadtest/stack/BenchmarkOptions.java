package com.boxoffice.loadtest.stack;

import com.boxoffice.local.LocalStackOptions;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the benchmark's stack listens and keeps its data. The ports are apart from the local
 * default's and the end-to-end tests', so a benchmark never meets another stack on the machine.
 *
 * @param workers worker processes, each a JVM of its own as in a deployment
 * @param lifetime the stack stops by itself after this, should nobody stop it
 */
public record BenchmarkOptions(
    Path dataDirectory, int workers, Duration holdTtl, Duration lifetime, boolean keepData) {

  public static final int POSTGRES_PORT = 35433;
  public static final int TEMPORAL_PORT = 37233;
  public static final int TEMPORAL_UI_PORT = 38233;
  public static final int SANDBOX_PORT = 38090;
  public static final int API_PORT = 38080;

  /** Worker {@code n} (from 1) serves its Prometheus metrics here, for the benchmark to scrape. */
  public static int workerMetricsPort(int n) {
    return 38180 + n;
  }

  public static final String API_URL = "http://127.0.0.1:" + API_PORT;
  public static final String SANDBOX_URL = "http://127.0.0.1:" + SANDBOX_PORT;
  public static final String TEMPORAL_ADDRESS = "127.0.0.1:" + TEMPORAL_PORT;
  public static final String DATABASE = "boxoffice";
  public static final String DATABASE_USER = "postgres";
  public static final String JDBC_URL =
      "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/" + DATABASE;
  public static final String WEBHOOK_SECRET = "whsec_boxoffice_dev";

  /** From system properties ({@code -Dbench.workers=2} ...), with defaults that run a smoke. */
  public static BenchmarkOptions fromSystemProperties() {
    return new BenchmarkOptions(
        Path.of(System.getProperty("bench.dataDir", "target/bench-stack")).toAbsolutePath(),
        Integer.getInteger("bench.workers", 2),
        // Short holds: a buyer the benchmark loses settles as EXPIRED within the drain time.
        Duration.parse(System.getProperty("bench.holdTtl", "PT2M")),
        Duration.parse(System.getProperty("bench.lifetime", "PT1H")),
        Boolean.getBoolean("bench.keepData"));
  }

  /** The embedded stack on the benchmark's ports; its workers run in processes of their own. */
  LocalStackOptions localStackOptions() {
    return new LocalStackOptions(
            dataDirectory,
            POSTGRES_PORT,
            TEMPORAL_PORT,
            TEMPORAL_UI_PORT,
            SANDBOX_PORT,
            API_PORT,
            holdTtl,
            false)
        .withWorkers(0);
  }

  /** Where the stack announces that it is ready, for scripts waiting on it. */
  public Path readyFile() {
    return dataDirectory.resolve("READY");
  }
}
