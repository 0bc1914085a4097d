package com.boxoffice.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.boxoffice.checkout.contract.inventory.RevokeTicketsRequest;
import com.boxoffice.checkout.contract.payment.UndoPaymentRequest;
import com.boxoffice.checkout.contract.payment.UndoPaymentResult;
import io.temporal.client.WorkflowOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class RefundAndStrayPaymentWorkflowTest {
  @RegisterExtension final CheckoutHarness harness = new CheckoutHarness();

  @Test
  void refundsThePaymentBeforeRevokingTheTickets() {
    refundWorkflow().refund(new RefundRequest("c-1", "pi_1", "event cancelled"));

    InOrder order = inOrder(harness.payments, harness.inventory);
    order
        .verify(harness.payments)
        .undo(new UndoPaymentRequest("pi_1", "refund-c-1:refund", "event cancelled"));
    order.verify(harness.inventory).revokeTickets(new RevokeTicketsRequest("c-1"));
  }

  @Test
  void keepsRetryingTheRefundUntilStripeAcceptsIt() {
    when(harness.payments.undo(any()))
        .thenThrow(new IllegalStateException("Stripe unavailable"))
        .thenThrow(new IllegalStateException("Stripe unavailable"))
        .thenReturn(new UndoPaymentResult("pi_1", UndoPaymentResult.Outcome.REFUNDED, "re_1"));

    refundWorkflow().refund(new RefundRequest("c-1", "pi_1", "event cancelled"));

    verify(harness.payments, times(3)).undo(any());
    verify(harness.inventory).revokeTickets(new RevokeTicketsRequest("c-1"));
  }

  @Test
  void undoesAPaymentNoCheckoutIsWaitingFor() {
    String workflowId = StrayPaymentWorkflow.workflowId("pi_9");
    harness.recordHistoryOf(workflowId);

    harness
        .client
        .newWorkflowStub(StrayPaymentWorkflow.class, options(workflowId))
        .settle(new StrayPayment("pi_9", "c-9", "evt_9"));

    ArgumentCaptor<UndoPaymentRequest> undo = ArgumentCaptor.forClass(UndoPaymentRequest.class);
    verify(harness.payments).undo(undo.capture());
    assertThat(undo.getValue().paymentIntentId()).isEqualTo("pi_9");
    assertThat(undo.getValue().idempotencyKey()).isEqualTo(workflowId + ":undo");
  }

  private RefundWorkflow refundWorkflow() {
    String workflowId = RefundWorkflow.workflowId("c-1");
    harness.recordHistoryOf(workflowId);
    return harness.client.newWorkflowStub(RefundWorkflow.class, options(workflowId));
  }

  private static WorkflowOptions options(String workflowId) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(workflowId)
        .setTaskQueue(CheckoutWorkflow.TASK_QUEUE)
        .build();
  }
}
