package com.boxoffice.local;

import com.boxoffice.api.ApiApplication;
import com.boxoffice.sandbox.SandboxApplication;
import com.boxoffice.worker.WorkerApplication;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default: PostgreSQL, Temporal, the Stripe/SendGrid sandbox, the workers and the API,
 * started in dependency order and stopped in reverse. Used by {@code java -jar} and by the
 * end-to-end tests, which also restart PostgreSQL and Temporal under the running apps.
 */
public final class LocalStack implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

  private final LocalStackOptions options;
  private EmbeddedDatabase database;
  private TemporalServer temporal;
  private ConfigurableApplicationContext sandbox;
  private final List<ConfigurableApplicationContext> workers = new ArrayList<>();
  private ConfigurableApplicationContext api;

  private LocalStack(LocalStackOptions options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    LocalStack stack = start(LocalStackOptions.defaults());
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
    log.info("\n{}", Tour.text(stack));
    Thread.currentThread().join();
  }

  public static LocalStack start(LocalStackOptions options) throws Exception {
    LocalStack stack = new LocalStack(options);
    try {
      stack.startAll();
      return stack;
    } catch (Exception e) {
      stack.close();
      throw e;
    }
  }

  private void startAll() throws Exception {
    database =
        EmbeddedDatabase.start(options.dataDirectory().resolve("postgres"), options.postgresPort());
    temporal = TemporalServer.start(options);
    sandbox =
        SandboxApplication.start(
            with(
                Map.of(
                    "SANDBOX_PORT",
                    options.sandboxPort(),
                    "SANDBOX_WEBHOOK_URL",
                    options.apiUrl() + "/v1/webhooks/stripe")));
    for (int i = 0; i < options.workers(); i++) {
      var settings = new HashMap<>(workerSettings());
      settings.put("WORKER_PORT", options.workerPort() + i);
      workers.add(WorkerApplication.start(with(settings)));
    }
    api =
        ApiApplication.start(
            with(
                Map.of(
                    "API_PORT", options.apiPort(),
                    "CHECKOUT_HOLD_TTL", options.holdTtl().toString())));
    if (options.seedDemoEvent()) {
      DemoEvent.seed(options);
    }
  }

  /**
   * What a worker needs beyond the shared settings, also for one running in a process of its own.
   */
  public Map<String, Object> workerSettings() {
    return Map.of(
        "STRIPE_API_BASE", options.sandboxUrl(),
        "SENDGRID_HOST", options.sandboxUrl());
  }

  /** The settings every app of the stack shares: its database, Temporal and webhook secret. */
  public Map<String, Object> sharedSettings() {
    return Map.of(
        "DATABASE_URL",
        database.jdbcUrl(),
        "DATABASE_USER",
        EmbeddedDatabase.USER,
        "DATABASE_PASSWORD",
        "",
        "TEMPORAL_ADDRESS",
        options.temporalAddress(),
        "STRIPE_WEBHOOK_SECRET",
        LocalStackOptions.WEBHOOK_SECRET);
  }

  private Map<String, Object> with(Map<String, Object> own) {
    var merged = new HashMap<String, Object>(sharedSettings());
    merged.put("spring.main.banner-mode", "off");
    // Logging is one per JVM: the last app to start would name every line.
    merged.put("logging.include-application-name", "false");
    merged.putAll(own);
    return merged;
  }

  /**
   * Stops the Temporal dev server and starts it again on the same ports and database file,
   * returning once it answers. The running apps are left to reconnect by themselves.
   */
  public void restartTemporal() throws Exception {
    if (!(temporal instanceof TemporalServer.DevServer) || options.devServer().inMemory()) {
      throw new IllegalStateException(
          "Only the dev server on a database file keeps its state across a restart");
    }
    temporal.close();
    temporal = TemporalServer.start(options);
  }

  /** Stops PostgreSQL and starts it again on the same data and port, under the running apps. */
  public void restartDatabase() throws Exception {
    database.restart();
  }

  /** Whether {@link #start} will run the real Temporal dev server rather than the SDK's. */
  public static boolean hasTemporalCli() {
    return TemporalServer.cliOnPath().isPresent();
  }

  public LocalStackOptions options() {
    return options;
  }

  public String jdbcUrl() {
    return database.jdbcUrl();
  }

  String temporalDescription() {
    return temporal.description();
  }

  @Override
  public void close() {
    List<AutoCloseable> inStopOrder = new ArrayList<>();
    inStopOrder.add(api);
    inStopOrder.addAll(workers.reversed());
    inStopOrder.add(sandbox);
    inStopOrder.add(temporal);
    inStopOrder.add(database);
    for (AutoCloseable component : inStopOrder) {
      if (component == null) {
        continue;
      }
      try {
        component.close();
      } catch (Exception e) {
        log.warn("Stopping {} failed", component, e);
      }
    }
  }
}
