package com.boxoffice.loadtest.engine;

import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost of a saga as the server counts it, read with {@code DescribeWorkflowExecution}: the
 * engine's work per checkout, which throughput alone does not show.
 */
final class SagaHistories {
  private final WorkflowClient temporal;

  SagaHistories(WorkflowClient temporal) {
    this.temporal = temporal;
  }

  HistoryCost of(List<String> workflowIds, int sampleSize) {
    List<Long> transitions = new ArrayList<>();
    List<Long> events = new ArrayList<>();
    for (String workflowId : HistoryCost.sample(workflowIds, sampleSize)) {
      WorkflowExecutionInfo info = describe(workflowId);
      transitions.add(info.getStateTransitionCount());
      events.add(info.getHistoryLength());
    }
    return new HistoryCost(transitions, events);
  }

  private WorkflowExecutionInfo describe(String workflowId) {
    return temporal
        .getWorkflowServiceStubs()
        .blockingStub()
        .describeWorkflowExecution(
            DescribeWorkflowExecutionRequest.newBuilder()
                .setNamespace(temporal.getOptions().getNamespace())
                .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
                .build())
        .getWorkflowExecutionInfo();
  }
}
