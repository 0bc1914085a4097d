package com.boxoffice.loadtest.engine;

import com.boxoffice.bench.BareSagaProgress;
import com.boxoffice.bench.BareSagaRequest;
import com.boxoffice.bench.BareSagaWorkflow;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateStage;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The bare engine: the bare saga started as the API starts a checkout (update-with-start, waiting
 * for the update's answer), then followed to its end.
 */
final class BareJourney implements Journey {
  private static final int STEPS = 6;

  private final WorkflowClient temporal;

  BareJourney(WorkflowClient temporal) {
    this.temporal = temporal;
  }

  @Override
  public void run(Runnable answered) throws Exception {
    String sagaId = UUID.randomUUID().toString();
    BareSagaWorkflow saga =
        temporal.newWorkflowStub(BareSagaWorkflow.class, BareSagaWorkflow.startOptions(sagaId));
    WorkflowClient.executeUpdateWithStart(
        saga::awaitPaymentReady,
        UpdateOptions.<BareSagaProgress>newBuilder()
            .setUpdateId("payment-ready")
            .setWaitForStage(WorkflowUpdateStage.COMPLETED)
            .build(),
        new WithStartWorkflowOperation<>(saga::run, new BareSagaRequest(sagaId)));
    answered.run();
    BareSagaProgress end =
        WorkflowStub.fromTyped(saga)
            .getResult(Timeouts.DONE.toSeconds(), TimeUnit.SECONDS, BareSagaProgress.class);
    if (end.stepsDone().size() != STEPS) {
      throw new JourneyFailed("bare saga ran " + end.stepsDone().size() + " steps", sagaId);
    }
  }
}
