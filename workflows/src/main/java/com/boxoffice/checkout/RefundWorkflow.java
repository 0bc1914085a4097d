package com.boxoffice.checkout;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** An operator's refund of a confirmed checkout: refund the charge, then void its tickets. */
@WorkflowInterface
public interface RefundWorkflow {
  static String workflowId(String checkoutId) {
    return "refund-" + checkoutId;
  }

  @WorkflowMethod
  void refund(RefundRequest request);
}
