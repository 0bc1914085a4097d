package com.boxoffice.loadtest.engine;

import com.boxoffice.loadtest.engine.saga.BenchSaga;
import com.boxoffice.loadtest.engine.saga.SagaProgress;
import com.boxoffice.loadtest.engine.saga.SagaRequest;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateStage;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A bench saga started as the API starts a checkout (update-with-start, waiting for the update to
 * complete), then followed to its end.
 */
final class SagaJourney implements Journey {
  private static final int STEPS = 5;

  /** Before the email: hold, authorize, capture, confirm. */
  private static final int STEPS_ANSWERED = 4;

  private final WorkflowClient temporal;
  private final Class<? extends BenchSaga> saga;
  private final String taskQueue;
  private final boolean asCheckout;

  /**
   * @param asCheckout start the saga as the API starts a checkout ({@link
   *     BenchSaga#startOptions(String, String, boolean)})
   */
  SagaJourney(
      WorkflowClient temporal,
      Class<? extends BenchSaga> saga,
      String taskQueue,
      boolean asCheckout) {
    this.temporal = temporal;
    this.saga = saga;
    this.taskQueue = taskQueue;
    this.asCheckout = asCheckout;
  }

  @Override
  public String run(Runnable answered) throws Exception {
    String sagaId = UUID.randomUUID().toString();
    WorkflowOptions options = BenchSaga.startOptions(taskQueue, sagaId, asCheckout);
    BenchSaga stub = temporal.newWorkflowStub(saga, options);
    SagaProgress answer =
        WorkflowClient.executeUpdateWithStart(
            stub::awaitConfirmed,
            UpdateOptions.<SagaProgress>newBuilder()
                .setUpdateId("confirmed")
                .setWaitForStage(WorkflowUpdateStage.COMPLETED)
                .build(),
            new WithStartWorkflowOperation<>(stub::run, new SagaRequest(sagaId, asCheckout)));
    answered.run();
    String workflowId = options.getWorkflowId();
    if (answer.stepsDone().size() != STEPS_ANSWERED) {
      throw new JourneyFailed("answered after " + answer.stepsDone().size() + " steps", workflowId);
    }
    SagaProgress end =
        WorkflowStub.fromTyped(stub)
            .getResult(Timeouts.DONE.toSeconds(), TimeUnit.SECONDS, SagaProgress.class);
    if (end.stepsDone().size() != STEPS) {
      throw new JourneyFailed("ran " + end.stepsDone().size() + " steps", workflowId);
    }
    return workflowId;
  }
}
