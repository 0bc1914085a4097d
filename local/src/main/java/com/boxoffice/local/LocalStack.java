package com.boxoffice.local;

import com.boxoffice.api.ApiApplication;
import com.boxoffice.sandbox.SandboxApplication;
import com.boxoffice.worker.WorkerApplication;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: PostgreSQL, Temporal, the Stripe/SendGrid sandbox, a worker and the API,
 * started in dependency order and stopped in reverse. Used by {@code java -jar} and by the
 * end-to-end tests.
 */
public final class LocalStack implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

  private final LocalStackOptions options;
  private final Deque<AutoCloseable> running = new ArrayDeque<>();
  private String temporalDescription;
  private String jdbcUrl;

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
    EmbeddedDatabase database =
        EmbeddedDatabase.start(options.dataDirectory().resolve("postgres"), options.postgresPort());
    running.push(database);
    jdbcUrl = database.jdbcUrl();

    TemporalServer temporal = TemporalServer.start(options);
    running.push(temporal);
    temporalDescription = temporal.description();

    Map<String, Object> shared =
        Map.of(
            "DATABASE_URL",
            jdbcUrl,
            "DATABASE_USER",
            EmbeddedDatabase.USER,
            "DATABASE_PASSWORD",
            "",
            "TEMPORAL_ADDRESS",
            options.temporalAddress(),
            "STRIPE_WEBHOOK_SECRET",
            LocalStackOptions.WEBHOOK_SECRET,
            "spring.main.banner-mode",
            "off",
            // Logging is one per JVM: the last app to start would name every line.
            "logging.include-application-name",
            "false");

    running.push(
        SandboxApplication.start(
            with(
                shared,
                Map.of(
                    "SANDBOX_PORT",
                    options.sandboxPort(),
                    "SANDBOX_WEBHOOK_URL",
                    options.apiUrl() + "/v1/webhooks/stripe"))));
    running.push(
        WorkerApplication.start(
            with(
                shared,
                Map.of(
                    "STRIPE_API_BASE", options.sandboxUrl(),
                    "SENDGRID_HOST", options.sandboxUrl()))));
    running.push(
        ApiApplication.start(
            with(
                shared,
                Map.of(
                    "API_PORT", options.apiPort(),
                    "CHECKOUT_HOLD_TTL", options.holdTtl().toString()))));

    if (options.seedDemoEvent()) {
      DemoEvent.seed(options);
    }
  }

  private static Map<String, Object> with(Map<String, Object> shared, Map<String, Object> own) {
    var merged = new java.util.HashMap<>(shared);
    merged.putAll(own);
    return merged;
  }

  public LocalStackOptions options() {
    return options;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  String temporalDescription() {
    return temporalDescription;
  }

  @Override
  public void close() {
    while (!running.isEmpty()) {
      AutoCloseable component = running.pop();
      try {
        component.close();
      } catch (Exception e) {
        log.warn("Stopping {} failed", component, e);
      }
    }
  }
}
