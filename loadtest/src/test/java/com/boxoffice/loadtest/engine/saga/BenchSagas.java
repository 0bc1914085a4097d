package com.boxoffice.loadtest.engine.saga;

import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateStage;

/** Starts a bench saga as the comparison does, in the tests. */
final class BenchSagas {
  private BenchSagas() {}

  /** Update-with-start, waiting for the update to complete; returns its answer. */
  static SagaProgress start(
      WorkflowClient client, Class<? extends BenchSaga> saga, String taskQueue, String sagaId) {
    return start(client, saga, taskQueue, sagaId, false);
  }

  /** As {@link #start}, started as the API starts a checkout when {@code asCheckout}. */
  static SagaProgress start(
      WorkflowClient client,
      Class<? extends BenchSaga> saga,
      String taskQueue,
      String sagaId,
      boolean asCheckout) {
    BenchSaga stub =
        client.newWorkflowStub(saga, BenchSaga.startOptions(taskQueue, sagaId, asCheckout));
    return WorkflowClient.executeUpdateWithStart(
        stub::awaitConfirmed,
        UpdateOptions.<SagaProgress>newBuilder()
            .setUpdateId("confirmed")
            .setWaitForStage(WorkflowUpdateStage.COMPLETED)
            .build(),
        new WithStartWorkflowOperation<>(stub::run, new SagaRequest(sagaId, asCheckout)));
  }

  static SagaProgress result(WorkflowClient client, String taskQueue, String sagaId) {
    return client.newUntypedWorkflowStub(taskQueue + "-" + sagaId).getResult(SagaProgress.class);
  }
}
