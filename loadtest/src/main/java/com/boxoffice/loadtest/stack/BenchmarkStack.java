package com.boxoffice.loadtest.stack;

import com.boxoffice.api.ApiApplication;
import com.boxoffice.sandbox.SandboxApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full stack a launch is benchmarked against: PostgreSQL, the Temporal dev server, the sandbox
 * and the API in this JVM, and the workers each in a process of their own. Started in dependency
 * order, stopped in reverse, and by itself once its lifetime is up, so a forgotten benchmark does
 * not hold the machine.
 */
public final class BenchmarkStack implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BenchmarkStack.class);

  private final BenchmarkOptions options;
  private final List<AutoCloseable> started = new ArrayList<>();

  private BenchmarkStack(BenchmarkOptions options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    BenchmarkOptions options = BenchmarkOptions.fromSystemProperties();
    CountDownLatch stopped = new CountDownLatch(1);
    BenchmarkStack stack = new BenchmarkStack(options);
    // Registered before starting: a stop while starting must not leave worker JVMs behind.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stack.close();
                  stopped.countDown();
                },
                "benchmark-stack-stop"));
    stack.startAll();
    if (!stopped.await(options.lifetime().toSeconds(), TimeUnit.SECONDS)) {
      log.info("Lifetime {} is up: stopping", options.lifetime());
      System.exit(0);
    }
  }

  public static BenchmarkStack start(BenchmarkOptions options) throws Exception {
    BenchmarkStack stack = new BenchmarkStack(options);
    try {
      stack.startAll();
      return stack;
    } catch (Exception e) {
      stack.close();
      throw e;
    }
  }

  private synchronized void startAll() throws Exception {
    Path data = options.dataDirectory();
    if (!options.keepData()) {
      deleteRecursively(data);
    }
    Files.createDirectories(data);
    started.add(BenchmarkDatabase.start(data.resolve("postgres")));
    started.add(TemporalDevServer.start(data));
    started.add(
        SandboxApplication.start(
            settings(
                Map.of(
                    "SANDBOX_PORT",
                    BenchmarkOptions.SANDBOX_PORT,
                    "SANDBOX_WEBHOOK_URL",
                    BenchmarkOptions.API_URL + "/v1/webhooks/stripe"))));
    // The API migrates the schema, so it starts before the workers that read it.
    started.add(
        ApiApplication.start(
            settings(
                Map.of(
                    "API_PORT",
                    BenchmarkOptions.API_PORT,
                    "CHECKOUT_HOLD_TTL",
                    options.holdTtl().toString()))));
    Map<String, String> workerEnvironment = new HashMap<>();
    settings(
            Map.of(
                "STRIPE_API_BASE", BenchmarkOptions.SANDBOX_URL,
                "SENDGRID_HOST", BenchmarkOptions.SANDBOX_URL))
        .forEach((key, value) -> workerEnvironment.put(key, String.valueOf(value)));
    List<WorkerProcess> workers = new ArrayList<>();
    for (int n = 1; n <= options.workers(); n++) {
      WorkerProcess worker = WorkerProcess.start(n, workerEnvironment, data);
      started.add(worker);
      workers.add(worker);
    }
    for (WorkerProcess worker : workers) {
      worker.awaitStarted();
    }
    Files.writeString(options.readyFile(), BenchmarkOptions.API_URL + "\n");
    log.info(
        "Benchmark stack ready: API {}, sandbox {}, Temporal {} (UI http://127.0.0.1:{}),"
            + " PostgreSQL {}, workers {}",
        BenchmarkOptions.API_URL,
        BenchmarkOptions.SANDBOX_URL,
        BenchmarkOptions.TEMPORAL_ADDRESS,
        BenchmarkOptions.TEMPORAL_UI_PORT,
        BenchmarkOptions.JDBC_URL,
        workers);
  }

  private static Map<String, Object> settings(Map<String, Object> own) {
    Map<String, Object> merged = new HashMap<>();
    merged.put("DATABASE_URL", BenchmarkOptions.JDBC_URL);
    merged.put("DATABASE_USER", BenchmarkOptions.DATABASE_USER);
    merged.put("DATABASE_PASSWORD", "");
    merged.put("TEMPORAL_ADDRESS", BenchmarkOptions.TEMPORAL_ADDRESS);
    merged.put("STRIPE_WEBHOOK_SECRET", BenchmarkOptions.WEBHOOK_SECRET);
    merged.put("spring.main.banner-mode", "off");
    // Logging is one per JVM: the last app to start would name every line.
    merged.put("logging.include-application-name", "false");
    merged.putAll(own);
    return merged;
  }

  @Override
  public synchronized void close() {
    try {
      Files.deleteIfExists(options.readyFile());
    } catch (IOException e) {
      log.warn("Could not remove {}", options.readyFile(), e);
    }
    for (AutoCloseable component : started.reversed()) {
      try {
        component.close();
      } catch (Exception e) {
        log.warn("Stopping {} failed", component, e);
      }
    }
    started.clear();
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
