package com.boxoffice.loadtest.engine;

import com.boxoffice.bench.BareEmailActivities;
import com.boxoffice.bench.BarePaymentActivities;
import com.boxoffice.bench.BareSagaWorkflow;
import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.email.EmailActivities;
import com.boxoffice.loadtest.stack.BenchmarkOptions;
import com.boxoffice.payment.PaymentActivities;
import io.temporal.api.enums.v1.TaskQueueType;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue #4's comparison, against a running benchmark stack: the same closed loop of buyers, phase
 * after phase, on (1) the bare engine, a no-op saga of the checkout's shape on the same server and
 * workers, the machine's own limit; (2) Box Office itself through its HTTP API; (3) the saga's
 * activities called in this process without Temporal. Prints the table and the ratios, and writes
 * them to {@code target/engine/report.md}. Printing is its job, so it writes to standard output.
 */
public final class EngineComparison {
  private static final String ADMIN_TOKEN = "dev-admin-token";

  private final EngineOptions options;
  private final PrintStream out;

  private EngineComparison(EngineOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    new EngineComparison(EngineOptions.fromSystemProperties(), System.out).run();
    // The SDK's and the HTTP client's threads would keep the JVM alive.
    System.exit(0);
  }

  private void run() throws Exception {
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setTarget(BenchmarkOptions.TEMPORAL_ADDRESS)
                .build());
    WorkflowClient temporal = WorkflowClient.newInstance(service);
    TaskQueues queues = new TaskQueues(temporal);
    queues.requirePollers(CheckoutWorkflow.TASK_QUEUE, TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW);
    queues.requirePollers(BareSagaWorkflow.TASK_QUEUE, TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW);
    queues.requirePollers(BarePaymentActivities.TASK_QUEUE, TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY);
    queues.requirePollers(BareEmailActivities.TASK_QUEUE, TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY);

    String runId = Long.toString(System.currentTimeMillis(), 36);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String boxOfficeEvent = "engine-" + runId + "-boxoffice";
    String directEvent = "engine-" + runId + "-direct";
    EngineEvent.create(http, BenchmarkOptions.API_URL, ADMIN_TOKEN, boxOfficeEvent);
    EngineEvent.create(http, BenchmarkOptions.API_URL, ADMIN_TOKEN, directEvent);

    SandboxWebhooks webhooks = new SandboxWebhooks(http, BenchmarkOptions.SANDBOX_URL);
    List<PhaseResult> results = new ArrayList<>();
    try (DirectActivities direct =
        new DirectActivities(
            BenchmarkOptions.JDBC_URL,
            BenchmarkOptions.DATABASE_USER,
            BenchmarkOptions.SANDBOX_URL,
            options.directPoolSize())) {
      Map<String, Journey> journeys =
          Map.of(
              EngineReport.BARE,
              new BareJourney(temporal),
              EngineReport.BOXOFFICE,
              new BoxOfficeJourney(http, BenchmarkOptions.API_URL, temporal, boxOfficeEvent),
              EngineReport.DIRECT,
              new DirectJourney(direct.inventory, direct.payments, direct.email, directEvent));
      ClosedLoop loop =
          new ClosedLoop(
              options.concurrency(), options.warmUp(), options.measured(), options.drain());
      out.println("Engine comparison " + runId + ": " + options.describe());
      for (int round = 1; round <= options.rounds(); round++) {
        for (String phase : EngineReport.PHASES) {
          PhaseResult result = run(loop, phase, round, journeys.get(phase), webhooks);
          out.printf(
              Locale.ROOT,
              "round %d %-9s %6d completed, %7.1f/s, errors %s%n",
              round,
              phase,
              result.completed(),
              result.perSecond(),
              result.errors());
          results.add(result);
        }
      }
    }
    String context =
        options.describe()
            + " The sandbox drops Stripe's webhooks during the direct phase, which has nothing"
            + " for them to signal."
            + "\n\nWorker processes polling `checkout`: "
            + queues.workerProcesses(CheckoutWorkflow.TASK_QUEUE)
            + ". Activity rate limits as the server enforces them: "
            + queues.rateLimits(
                List.of(
                    PaymentActivities.TASK_QUEUE,
                    EmailActivities.TASK_QUEUE,
                    BarePaymentActivities.TASK_QUEUE,
                    BareEmailActivities.TASK_QUEUE))
            + ".";
    String report = new EngineReport(context, results).markdown();
    Files.createDirectories(options.reportDirectory());
    Path file = options.reportDirectory().resolve("report.md");
    Files.writeString(file, report);
    out.println();
    out.println(report);
    out.println("Written to " + file.toAbsolutePath());
  }

  private static PhaseResult run(
      ClosedLoop loop, String phase, int round, Journey journey, SandboxWebhooks webhooks)
      throws Exception {
    if (!phase.equals(EngineReport.DIRECT)) {
      return loop.run(phase, round, journey);
    }
    webhooks.drop();
    try {
      return loop.run(phase, round, journey);
    } finally {
      webhooks.deliver();
    }
  }
}
