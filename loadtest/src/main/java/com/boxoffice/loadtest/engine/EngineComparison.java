package com.boxoffice.loadtest.engine;

import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.loadtest.engine.saga.ClassicSagaWorkflow;
import com.boxoffice.loadtest.engine.saga.MinimalSagaWorkflow;
import com.boxoffice.loadtest.stack.BenchmarkOptions;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue #10's comparison, against a running benchmark stack: the same closed loop of buyers, phase
 * after phase, on (1) Box Office itself through its HTTP API; (2) the minimal saga, the checkout's
 * five steps as no-op local activities, the engine's floor; (3) the classic saga, the same steps as
 * regular activities, the peer. All three on the same server and in the same worker processes.
 * Prints the tables, the ratios and each saga's cost as the server counts it, and writes them to
 * {@code report.md}. Printing is its job, so it writes to standard output.
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
    EngineOptions options = EngineOptions.fromSystemProperties();
    if (System.getProperty(BoxOfficeJourney.KEEP_ALIVE) == null) {
      System.setProperty(BoxOfficeJourney.KEEP_ALIVE, Integer.toString(options.concurrency()));
    }
    new EngineComparison(options, System.out).run();
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
    queues.requirePollers(MinimalSagaWorkflow.TASK_QUEUE, TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW);
    queues.requirePollers(ClassicSagaWorkflow.TASK_QUEUE, TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW);
    queues.requirePollers(ClassicSagaWorkflow.TASK_QUEUE, TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY);

    String runId = Long.toString(System.currentTimeMillis(), 36);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String event = "engine-" + runId;
    EngineEvent.create(http, BenchmarkOptions.API_URL, ADMIN_TOKEN, event);
    Map<String, Journey> journeys =
        Map.of(
            EngineReport.BOXOFFICE,
            new BoxOfficeJourney(BenchmarkOptions.API_URL, temporal, event),
            EngineReport.MINIMAL,
            new SagaJourney(
                temporal,
                MinimalSagaWorkflow.class,
                MinimalSagaWorkflow.TASK_QUEUE,
                options.referenceAsCheckout()),
            EngineReport.CLASSIC,
            new SagaJourney(
                temporal,
                ClassicSagaWorkflow.class,
                ClassicSagaWorkflow.TASK_QUEUE,
                options.referenceAsCheckout()));
    ClosedLoop loop =
        new ClosedLoop(
            options.concurrency(), options.warmUp(), options.measured(), options.drain());
    out.println("Engine comparison " + runId + ": " + options.describe());
    List<PhaseResult> results = new ArrayList<>();
    // The rounds up to 0 are the warm-up's: run and printed the same way, not counted.
    for (int round = 1 - options.warmUpRounds(); round <= options.rounds(); round++) {
      boolean counted = round >= 1;
      for (String phase : EngineReport.PHASES) {
        PhaseResult result = loop.run(phase, round, journeys.get(phase));
        out.printf(
            Locale.ROOT,
            "%s %d %-9s %6d completed, %7.1f/s, %s%n",
            counted ? "round" : "warm-up",
            counted ? round : round + options.warmUpRounds(),
            phase,
            result.completed(),
            result.perSecond(),
            counted ? "errors " + result.errors() : "not counted");
        if (counted) {
          results.add(result);
        }
      }
    }
    String report =
        new EngineReport(
                new RunContext(options, temporal, queues).describe(),
                results,
                costs(new SagaHistories(temporal), results))
            .markdown();
    Files.createDirectories(options.reportDirectory());
    Path file = options.reportDirectory().resolve("report.md");
    Files.writeString(file, report);
    out.println();
    out.println(report);
    out.println("Written to " + file.toAbsolutePath());
  }

  /** Each phase's sample of sagas completed in its windows, every round's, as the server counts. */
  private Map<String, HistoryCost> costs(SagaHistories histories, List<PhaseResult> results) {
    Map<String, HistoryCost> costs = new LinkedHashMap<>();
    for (String phase : EngineReport.PHASES) {
      List<String> completed =
          results.stream()
              .filter(result -> result.phase().equals(phase))
              .flatMap(result -> result.workflowIds().stream())
              .toList();
      costs.put(phase, histories.of(completed, options.historySample()));
    }
    return costs;
  }
}
