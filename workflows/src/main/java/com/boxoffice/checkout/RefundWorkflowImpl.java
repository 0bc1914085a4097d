package com.boxoffice.checkout;

import com.boxoffice.inventory.RevokeTicketsRequest;
import com.boxoffice.payment.UndoPaymentRequest;
import io.temporal.workflow.Workflow;

/** Money first: tickets are revoked only once the refund is certain. */
public class RefundWorkflowImpl implements RefundWorkflow {
  private final SagaActivities activities = new SagaActivities();

  @Override
  public void refund(RefundRequest request) {
    String workflowId = Workflow.getInfo().getWorkflowId();
    activities.undoing.undo(
        new UndoPaymentRequest(
            request.paymentIntentId(), workflowId + ":refund", request.reason()));
    activities.inventory.revokeTickets(new RevokeTicketsRequest(request.checkoutId()));
  }
}
