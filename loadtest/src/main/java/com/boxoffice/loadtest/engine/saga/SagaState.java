package com.boxoffice.loadtest.engine.saga;

import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/** A bench saga's bookkeeping: the steps done, and whether the update may answer. */
final class SagaState {
  private final SagaRequest saga;
  private final List<String> stepsDone = new ArrayList<>();
  private boolean confirmed;

  SagaState(SagaRequest request) {
    saga = request;
  }

  StepRequest request(Step step) {
    return new StepRequest(saga.sagaId(), step.label());
  }

  void done(StepResult result) {
    stepsDone.add(result.step());
  }

  void confirmed() {
    confirmed = true;
  }

  SagaProgress awaitConfirmed() {
    Workflow.await(() -> confirmed);
    return progress();
  }

  /** The saga's result, once the update has answered. */
  SagaProgress end() {
    Workflow.await(Workflow::isEveryHandlerFinished);
    if (saga.asCheckout()) {
      CheckoutLike.end(saga.sagaId());
    }
    return progress();
  }

  private SagaProgress progress() {
    return new SagaProgress(saga.sagaId(), List.copyOf(stepsDone));
  }
}
