package com.boxoffice.loadtest.engine.saga;

import static com.boxoffice.loadtest.engine.saga.Step.AUTHORIZE;
import static com.boxoffice.loadtest.engine.saga.Step.CAPTURE;
import static com.boxoffice.loadtest.engine.saga.Step.CONFIRM;
import static com.boxoffice.loadtest.engine.saga.Step.EMAIL;
import static com.boxoffice.loadtest.engine.saga.Step.HOLD;

import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;

public class MinimalSagaWorkflowImpl implements MinimalSagaWorkflow {
  private final SagaState saga;

  /** Builds the state before any handler runs, since update-with-start delivers both at once. */
  @WorkflowInit
  public MinimalSagaWorkflowImpl(SagaRequest request) {
    saga = new SagaState(request);
  }

  @Override
  public SagaProgress run(SagaRequest request) {
    saga.done(local(HOLD).hold(saga.request(HOLD)));
    saga.done(local(AUTHORIZE).authorize(saga.request(AUTHORIZE)));
    saga.done(local(CAPTURE).capture(saga.request(CAPTURE)));
    saga.done(local(CONFIRM).confirm(saga.request(CONFIRM)));
    saga.confirmed();
    saga.done(local(EMAIL).email(saga.request(EMAIL)));
    return saga.end();
  }

  @Override
  public SagaProgress awaitConfirmed() {
    return saga.awaitConfirmed();
  }

  private static SagaSteps local(Step step) {
    return Workflow.newLocalActivityStub(SagaSteps.class, step.local());
  }
}
