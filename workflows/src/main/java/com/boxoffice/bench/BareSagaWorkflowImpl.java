package com.boxoffice.bench;

import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.util.ArrayList;
import java.util.List;

/**
 * The checkout saga's happy path with nothing in its steps: hold seats, authorize and record the
 * status, answer the starting update; then capture, confirm the order and send the email. No search
 * attributes, summaries or details: the bare engine does only what any saga of this shape must.
 */
public class BareSagaWorkflowImpl implements BareSagaWorkflow {
  private final BareSteps steps = new BareSteps();
  private final String sagaId;
  private final List<String> stepsDone = new ArrayList<>();
  private boolean paymentReady;

  /** Builds the state before any handler runs, since update-with-start delivers both at once. */
  @WorkflowInit
  public BareSagaWorkflowImpl(BareSagaRequest request) {
    sagaId = request.sagaId();
  }

  @Override
  public BareSagaProgress run(BareSagaRequest request) {
    done(steps.holding().holdSeats(step("hold seats")));
    done(steps.authorizing().authorize(step("authorize")));
    done(steps.recording().recordStatus(step("record status")));
    paymentReady = true;
    done(steps.capturing().capture(step("capture")));
    done(steps.confirming().confirmOrder(step("confirm order")));
    done(steps.emailing().sendConfirmation(step("send confirmation")));
    Workflow.await(Workflow::isEveryHandlerFinished);
    return progress();
  }

  @Override
  public BareSagaProgress awaitPaymentReady() {
    Workflow.await(() -> paymentReady);
    return progress();
  }

  private BareStep step(String name) {
    return new BareStep(sagaId, name);
  }

  private void done(BareStep step) {
    stepsDone.add(step.name());
  }

  private BareSagaProgress progress() {
    return new BareSagaProgress(sagaId, List.copyOf(stepsDone));
  }
}
