package com.boxoffice.checkout;

import com.boxoffice.payment.UndoPaymentRequest;
import io.temporal.workflow.Workflow;

public class StrayPaymentWorkflowImpl implements StrayPaymentWorkflow {
  private final SagaActivities activities = new SagaActivities();

  @Override
  public void settle(StrayPayment payment) {
    String workflowId = Workflow.getInfo().getWorkflowId();
    activities.undoing.undo(
        new UndoPaymentRequest(
            payment.paymentIntentId(),
            workflowId + ":undo",
            "no checkout is waiting for this payment (event " + payment.stripeEventId() + ")"));
  }
}
