package com.boxoffice.loadtest.stack;

import com.boxoffice.local.DevServerOptions;
import com.boxoffice.local.LocalStackOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a stack of this module listens and keeps its data. The benchmark's ports are apart from the
 * local default's and the end-to-end tests', so a benchmark never meets another stack on the
 * machine; the fault runs use {@link StackPorts#FAULT_RUNS}.
 *
 * @param workers worker processes, each a JVM of its own as in a deployment
 * @param workerMain the workers' main class: production's, or the benchmark's built on it
 * @param workerJvm the workers' JVM options
 * @param devServer how the Temporal dev server keeps its state
 * @param lifetime the stack stops by itself after this, should nobody stop it
 */
public record BenchmarkOptions(
    StackPorts ports,
    Path dataDirectory,
    int workers,
    Class<?> workerMain,
    List<String> workerJvm,
    DevServerOptions devServer,
    Duration holdTtl,
    Duration lifetime,
    boolean keepData) {

  public static final int POSTGRES_PORT = StackPorts.BENCHMARK.postgres();
  public static final int TEMPORAL_PORT = StackPorts.BENCHMARK.temporal();
  public static final int TEMPORAL_UI_PORT = StackPorts.BENCHMARK.temporalUi();
  public static final int SANDBOX_PORT = StackPorts.BENCHMARK.sandbox();
  public static final int API_PORT = StackPorts.BENCHMARK.api();

  /** Worker {@code n} (from 1) serves its Prometheus metrics here, for the benchmark to scrape. */
  public static int workerMetricsPort(int n) {
    return StackPorts.BENCHMARK.workerMetrics(n);
  }

  public static final String API_URL = StackPorts.BENCHMARK.apiUrl();
  public static final String SANDBOX_URL = StackPorts.BENCHMARK.sandboxUrl();
  public static final String TEMPORAL_ADDRESS = StackPorts.BENCHMARK.temporalAddress();
  public static final String DATABASE = "boxoffice";
  public static final String DATABASE_USER = "postgres";
  public static final String JDBC_URL = StackPorts.BENCHMARK.jdbcUrl();
  public static final String WEBHOOK_SECRET = "whsec_boxoffice_dev";

  /** From system properties ({@code -Dbench.workers=2} ...), with defaults that run a smoke. */
  public static BenchmarkOptions fromSystemProperties() {
    return new BenchmarkOptions(
        StackPorts.BENCHMARK,
        Path.of(System.getProperty("bench.dataDir", "target/bench-stack")).toAbsolutePath(),
        Integer.getInteger("bench.workers", 2),
        BenchmarkWorkers.MAIN,
        BenchmarkWorkers.jvmOptions(),
        devServer(
            System.getProperty("bench.temporalDb", ""),
            System.getProperty("bench.sqlitePragmas", ""),
            System.getProperty("bench.dynamicConfig", "")),
        // Short holds: a buyer the benchmark loses settles as EXPIRED within the drain time.
        Duration.parse(System.getProperty("bench.holdTtl", "PT2M")),
        Duration.parse(System.getProperty("bench.lifetime", "PT1H")),
        Boolean.getBoolean("bench.keepData"));
  }

  /**
   * The dev server of {@code -Dbench.temporalDb=file|memory} (blank: file, as the embedded default
   * runs it), {@code -Dbench.sqlitePragmas=a=b,c=d} (blank: the mode's default, the embedded
   * default's for a file and none in memory; {@code none}: none) and {@code
   * -Dbench.dynamicConfig=key=value;key=value} (values in JSON, as the CLI takes them).
   */
  static DevServerOptions devServer(String database, String pragmas, String dynamicConfig) {
    boolean inMemory =
        switch (database.strip().toLowerCase(Locale.ROOT)) {
          case "", "file" -> false;
          case "memory" -> true;
          default ->
              throw new IllegalArgumentException(
                  "bench.temporalDb must be file or memory, was " + database);
        };
    List<String> sqlitePragmas;
    if (pragmas.isBlank()) {
      sqlitePragmas = inMemory ? List.of() : DevServerOptions.FILE_PRAGMAS;
    } else if (pragmas.strip().equalsIgnoreCase("none")) {
      sqlitePragmas = List.of();
    } else {
      sqlitePragmas = split(pragmas, "[,;]");
    }
    return new DevServerOptions(inMemory, sqlitePragmas, split(dynamicConfig, ";"));
  }

  private static List<String> split(String values, String separator) {
    return Arrays.stream(values.split(separator))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  /** The embedded stack on these ports; its workers run in processes of their own. */
  LocalStackOptions localStackOptions() {
    return new LocalStackOptions(
            dataDirectory,
            ports.postgres(),
            ports.temporal(),
            ports.temporalUi(),
            ports.sandbox(),
            ports.api(),
            holdTtl,
            false)
        .withWorkers(0)
        .withDevServer(devServer);
  }

  /** Where the stack announces that it is ready, for scripts waiting on it. */
  public Path readyFile() {
    return dataDirectory.resolve("READY");
  }
}
