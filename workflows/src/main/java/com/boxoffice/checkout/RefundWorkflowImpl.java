package com.boxoffice.checkout;

import com.boxoffice.checkout.contract.inventory.RevokeTicketsRequest;
import com.boxoffice.checkout.contract.payment.UndoPaymentRequest;
import io.temporal.workflow.Workflow;

/**
 * Money first: tickets are revoked only once the refund is certain. The checkout's own workflow has
 * closed by then and can no longer change its search attributes, so this one carries the checkout
 * id and ends as REFUNDED: searching by checkout id finds both.
 */
public class RefundWorkflowImpl implements RefundWorkflow {
  private final SagaActivities activities = new SagaActivities();
  private final OperatorView view = new OperatorView();

  @Override
  public void refund(RefundRequest request) {
    String workflowId = Workflow.getInfo().getWorkflowId();
    String intentId = request.paymentIntentId();
    view.checkout(request.checkoutId());
    view.paymentIntent(intentId);
    view.details("Refunding " + intentId + ", retried until Stripe accepts; then the tickets go.");
    UndoPaymentRequest refund =
        new UndoPaymentRequest(intentId, workflowId + ":refund", request.reason());
    activities.call(SagaActivities.UNDO, "Refund " + intentId, p -> p.undo(refund));
    view.details("Refunded " + intentId + "; revoking the tickets of " + request.checkoutId());
    RevokeTicketsRequest revoke = new RevokeTicketsRequest(request.checkoutId());
    activities.run(
        SagaActivities.INVENTORY,
        "Revoke the tickets of order " + request.checkoutId(),
        i -> i.revokeTickets(revoke));
    view.status(CheckoutStatus.REFUNDED);
    view.details("**REFUNDED**" + (request.reason() == null ? "." : ": " + request.reason()));
  }
}
