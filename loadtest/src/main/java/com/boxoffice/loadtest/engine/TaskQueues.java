package com.boxoffice.loadtest.engine;

import io.temporal.api.enums.v1.RateLimitSource;
import io.temporal.api.enums.v1.TaskQueueType;
import io.temporal.api.taskqueue.v1.PollerInfo;
import io.temporal.api.taskqueue.v1.TaskQueue;
import io.temporal.api.workflowservice.v1.DescribeTaskQueueRequest;
import io.temporal.api.workflowservice.v1.DescribeTaskQueueResponse;
import io.temporal.client.WorkflowClient;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What the Temporal server knows of the queues the comparison depends on. */
final class TaskQueues {
  private final WorkflowClient temporal;

  TaskQueues(WorkflowClient temporal) {
    this.temporal = temporal;
  }

  /** Fails at once, rather than after a phase of timeouts, when no worker polls {@code queue}. */
  void requirePollers(String queue, TaskQueueType type) {
    if (describe(queue, type).getPollersCount() == 0) {
      throw new IllegalStateException(
          "No worker polls "
              + queue
              + ": start the stack with BenchmarkStack (exec:exec@stack), whose workers also run"
              + " the minimal and classic sagas");
    }
  }

  /** The worker processes polling {@code queue}'s workflow tasks: one poller identity each. */
  Set<String> workerProcesses(String queue) {
    return describe(queue, TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW).getPollersList().stream()
        .map(PollerInfo::getIdentity)
        .collect(Collectors.toSet());
  }

  /**
   * The activity rate limits as the server enforces them, e.g. {@code checkout-payments 1000/s
   * (worker)}: the figure that decides whether the payment and email queues capped the run.
   */
  String rateLimits(List<String> queues) {
    return queues.stream()
        .map(queue -> queue + " " + rateLimit(queue))
        .collect(Collectors.joining(", "));
  }

  private String rateLimit(String queue) {
    DescribeTaskQueueResponse.EffectiveRateLimit limit =
        describe(queue, TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY).getEffectiveRateLimit();
    if (limit.getRateLimitSource() == RateLimitSource.RATE_LIMIT_SOURCE_UNSPECIFIED) {
      return "not reported by this server";
    }
    String source =
        limit
            .getRateLimitSource()
            .name()
            .replace("RATE_LIMIT_SOURCE_", "")
            .toLowerCase(Locale.ROOT);
    return String.format(Locale.ROOT, "%.0f/s (%s)", limit.getRequestsPerSecond(), source);
  }

  private DescribeTaskQueueResponse describe(String queue, TaskQueueType type) {
    return temporal
        .getWorkflowServiceStubs()
        .blockingStub()
        .describeTaskQueue(
            DescribeTaskQueueRequest.newBuilder()
                .setNamespace(temporal.getOptions().getNamespace())
                .setTaskQueue(TaskQueue.newBuilder().setName(queue))
                .setTaskQueueType(type)
                .setReportConfig(true)
                .build());
  }
}
