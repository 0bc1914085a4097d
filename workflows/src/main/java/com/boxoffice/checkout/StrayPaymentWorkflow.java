package com.boxoffice.checkout;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A payment that succeeded after its checkout had already given up (or for a checkout never
 * started) is voided or refunded, never kept.
 */
@WorkflowInterface
public interface StrayPaymentWorkflow {
  static String workflowId(String paymentIntentId) {
    return "stray-payment-" + paymentIntentId;
  }

  @WorkflowMethod
  void settle(StrayPayment payment);
}
