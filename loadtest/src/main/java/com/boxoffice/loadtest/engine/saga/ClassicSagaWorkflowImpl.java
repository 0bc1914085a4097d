package com.boxoffice.loadtest.engine.saga;

import static com.boxoffice.loadtest.engine.saga.Step.AUTHORIZE;
import static com.boxoffice.loadtest.engine.saga.Step.CAPTURE;
import static com.boxoffice.loadtest.engine.saga.Step.CONFIRM;
import static com.boxoffice.loadtest.engine.saga.Step.EMAIL;
import static com.boxoffice.loadtest.engine.saga.Step.HOLD;

import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;

public class ClassicSagaWorkflowImpl implements ClassicSagaWorkflow {
  private final SagaState saga;

  /** Builds the state before any handler runs, since update-with-start delivers both at once. */
  @WorkflowInit
  public ClassicSagaWorkflowImpl(SagaRequest request) {
    saga = new SagaState(request);
  }

  @Override
  public SagaProgress run(SagaRequest request) {
    saga.done(remote(HOLD).hold(saga.request(HOLD)));
    saga.done(remote(AUTHORIZE).authorize(saga.request(AUTHORIZE)));
    saga.done(remote(CAPTURE).capture(saga.request(CAPTURE)));
    saga.done(remote(CONFIRM).confirm(saga.request(CONFIRM)));
    saga.confirmed();
    saga.done(remote(EMAIL).email(saga.request(EMAIL)));
    return saga.end();
  }

  @Override
  public SagaProgress awaitConfirmed() {
    return saga.awaitConfirmed();
  }

  private static SagaSteps remote(Step step) {
    return Workflow.newActivityStub(SagaSteps.class, step.remote(TASK_QUEUE));
  }
}
