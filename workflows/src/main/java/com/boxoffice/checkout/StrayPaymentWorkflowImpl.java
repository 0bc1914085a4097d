package com.boxoffice.checkout;

import com.boxoffice.checkout.contract.payment.UndoPaymentRequest;
import io.temporal.workflow.Workflow;

public class StrayPaymentWorkflowImpl implements StrayPaymentWorkflow {
  private final SagaActivities activities = new SagaActivities();
  private final OperatorView view = new OperatorView();

  @Override
  public void settle(StrayPayment payment) {
    String workflowId = Workflow.getInfo().getWorkflowId();
    String intentId = payment.paymentIntentId();
    view.paymentIntent(intentId);
    view.checkout(payment.checkoutId());
    String why = "no checkout is waiting for this payment (event " + payment.stripeEventId() + ")";
    view.details(
        "Voiding or refunding " + intentId + ": " + why + ". Retried until Stripe accepts.");
    UndoPaymentRequest undo = new UndoPaymentRequest(intentId, workflowId + ":undo", why);
    activities.call(SagaActivities.UNDO, "Void or refund " + intentId, p -> p.undo(undo));
    view.details("**Settled**: " + intentId + " is voided or refunded.");
  }
}
