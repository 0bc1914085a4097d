package com.boxoffice.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the embedded stack listens and keeps its data, and how many workers it runs in its own JVM.
 * The defaults are PRODUCT.md's local defaults; tests pick other ports so they never collide with a
 * stack a developer is running.
 *
 * @param workers workers started inside the launcher's JVM; 0 when every worker is a process of its
 *     own, as in a test that kills one
 * @param devServer how the Temporal dev server keeps its state (when the CLI runs it)
 */
public record LocalStackOptions(
    Path dataDirectory,
    int postgresPort,
    int temporalPort,
    int temporalUiPort,
    int sandboxPort,
    int apiPort,
    Duration holdTtl,
    boolean seedDemoEvent,
    int workers,
    DevServerOptions devServer) {

  static final String ADMIN_TOKEN = "dev-admin-token";
  static final String WEBHOOK_SECRET = "whsec_boxoffice_dev";

  public LocalStackOptions {
    if (workers < 0) {
      throw new IllegalArgumentException("workers must be 0 or more, was " + workers);
    }
  }

  /** The embedded default's single worker, and its dev server on a SQLite file. */
  public LocalStackOptions(
      Path dataDirectory,
      int postgresPort,
      int temporalPort,
      int temporalUiPort,
      int sandboxPort,
      int apiPort,
      Duration holdTtl,
      boolean seedDemoEvent) {
    this(
        dataDirectory,
        postgresPort,
        temporalPort,
        temporalUiPort,
        sandboxPort,
        apiPort,
        holdTtl,
        seedDemoEvent,
        1,
        DevServerOptions.defaults());
  }

  public static LocalStackOptions defaults() {
    return new LocalStackOptions(
        Path.of(env("LOCAL_DATA_DIR", ".local-stack")),
        Integer.parseInt(env("LOCAL_POSTGRES_PORT", "5433")),
        7233,
        8233,
        8090,
        8080,
        Duration.parse(env("CHECKOUT_HOLD_TTL", "PT15M")),
        true);
  }

  public LocalStackOptions withWorkers(int count) {
    return new LocalStackOptions(
        dataDirectory,
        postgresPort,
        temporalPort,
        temporalUiPort,
        sandboxPort,
        apiPort,
        holdTtl,
        seedDemoEvent,
        count,
        devServer);
  }

  public LocalStackOptions withDevServer(DevServerOptions options) {
    return new LocalStackOptions(
        dataDirectory,
        postgresPort,
        temporalPort,
        temporalUiPort,
        sandboxPort,
        apiPort,
        holdTtl,
        seedDemoEvent,
        workers,
        options);
  }

  /** Deletes the data directory, for a run that must start from nothing. */
  public void deleteData() throws IOException {
    if (!Files.exists(dataDirectory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dataDirectory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + apiPort;
  }

  public String sandboxUrl() {
    return "http://127.0.0.1:" + sandboxPort;
  }

  /**
   * The actuator port of the first in-process worker (README's 8081 beside the API's 8080); the
   * next workers take the ports after it.
   */
  public int workerPort() {
    return apiPort + 1;
  }

  public String temporalAddress() {
    return "127.0.0.1:" + temporalPort;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
