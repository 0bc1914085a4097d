package com.boxoffice.bench;

import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The bare engine of the benchmark: the checkout saga's shape (three steps, the starting update
 * answered, three more steps) with steps that do nothing. Run side by side with the real saga on
 * the same server and workers, it measures what the machine and Temporal can do at most, so that
 * checkouts per second can be read as a share of it. Workers poll its queues only when the
 * benchmark asks for it.
 */
@WorkflowInterface
public interface BareSagaWorkflow {
  /** The workflow and its local steps; the remote steps have queues of their own. */
  String TASK_QUEUE = "bench-engine";

  /** Update name, called with update-with-start as the API calls the checkout's. */
  String AWAIT_PAYMENT_READY = "awaitPaymentReady";

  static String workflowId(String sagaId) {
    return "bench-" + sagaId;
  }

  /**
   * As the API starts a checkout, for update-with-start: a repeated start attaches to the first.
   */
  static WorkflowOptions startOptions(String sagaId) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(workflowId(sagaId))
        .setTaskQueue(TASK_QUEUE)
        .setWorkflowIdConflictPolicy(
            WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .build();
  }

  @WorkflowMethod
  BareSagaProgress run(BareSagaRequest request);

  /** Completes once the third step (record status) is done, as the checkout's answer does. */
  @UpdateMethod(name = AWAIT_PAYMENT_READY)
  BareSagaProgress awaitPaymentReady();
}
