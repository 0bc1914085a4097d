package com.boxoffice.loadtest.engine.saga;

import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.WorkflowMethod;

/**
 * What the minimal and the classic saga share, so the comparison starts and follows both alike: the
 * checkout's five steps, started as the API starts a checkout and answered once the order is
 * confirmed, the email after the answer. Each saga's interface names its own workflow type.
 */
public interface BenchSaga {
  /** Update name, called with update-with-start as the API calls the checkout's. */
  String AWAIT_CONFIRMED = "awaitConfirmed";

  /**
   * As the API starts a checkout, for update-with-start: a repeated start attaches to the first.
   *
   * @param asCheckout also with what the API gives a checkout's start for operators, of the same
   *     shape and size: its five search attributes, a one-line summary and Markdown details ({@code
   *     -Dengine.referenceStart=checkout}); the saga then upserts a checkout's final three when it
   *     ends ({@link SagaRequest#asCheckout})
   */
  static WorkflowOptions startOptions(String taskQueue, String sagaId, boolean asCheckout) {
    WorkflowOptions.Builder options =
        WorkflowOptions.newBuilder()
            .setWorkflowId(taskQueue + "-" + sagaId)
            .setTaskQueue(taskQueue)
            .setWorkflowIdConflictPolicy(
                WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
            .setWorkflowIdReusePolicy(
                WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE);
    return asCheckout ? CheckoutLike.start(options, sagaId).build() : options.build();
  }

  @WorkflowMethod
  SagaProgress run(SagaRequest request);

  /** Completes once the confirm step is done, as a checkout's answer does when it is confirmed. */
  @UpdateMethod(name = AWAIT_CONFIRMED)
  SagaProgress awaitConfirmed();
}
