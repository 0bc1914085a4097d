package com.boxoffice.loadtest.engine;

import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.checkout.contract.email.EmailActivities;
import com.boxoffice.checkout.contract.payment.PaymentActivities;
import com.boxoffice.loadtest.engine.saga.ClassicSagaWorkflow;
import com.boxoffice.loadtest.engine.saga.MinimalSagaWorkflow;
import com.boxoffice.loadtest.stack.StackReady;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What the figures were measured on, read from the stack and the server after the run: a ratio
 * means little without the dev server's mode and the workers that ran the sagas.
 */
final class RunContext {
  private final EngineOptions options;
  private final WorkflowClient temporal;
  private final TaskQueues queues;

  RunContext(EngineOptions options, WorkflowClient temporal, TaskQueues queues) {
    this.options = options;
    this.temporal = temporal;
    this.queues = queues;
  }

  String describe() {
    Set<String> checkout = queues.workerProcesses(CheckoutWorkflow.TASK_QUEUE);
    long sharing =
        checkout.stream()
            .filter(queues.workerProcesses(MinimalSagaWorkflow.TASK_QUEUE)::contains)
            .filter(queues.workerProcesses(ClassicSagaWorkflow.TASK_QUEUE)::contains)
            .count();
    return options.describe()
        + "\n\nTemporal: server "
        + temporal
            .getWorkflowServiceStubs()
            .blockingStub()
            .getSystemInfo(GetSystemInfoRequest.getDefaultInstance())
            .getServerVersion()
        + " (`temporal server start-dev`), "
        + devServer()
        + ". Worker processes polling `checkout`: "
        + checkout.size()
        + ", of which polling `"
        + MinimalSagaWorkflow.TASK_QUEUE
        + "` and `"
        + ClassicSagaWorkflow.TASK_QUEUE
        + "` too: "
        + sharing
        + ". Activity rate limits as the server enforces them: "
        + queues.rateLimits(
            List.of(
                PaymentActivities.TASK_QUEUE,
                EmailActivities.TASK_QUEUE,
                ClassicSagaWorkflow.TASK_QUEUE))
        + ". Per saga, read from the server: DescribeWorkflowExecution's stateTransitionCount and"
        + " historyLength of up to "
        + options.historySample()
        + " sagas per phase that completed in the window, spread over it.";
  }

  private String devServer() {
    Path ready = options.stackDirectory().resolve("READY");
    try {
      return StackReady.read(ready).temporal();
    } catch (IOException | RuntimeException e) {
      return "state kept as not known (" + e.getMessage() + ")";
    }
  }
}
