package com.boxoffice.api.testworkflows;

import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.checkout.StrayPayment;
import com.boxoffice.checkout.StrayPaymentWorkflow;
import io.temporal.spring.boot.WorkflowImpl;

@WorkflowImpl(taskQueues = CheckoutWorkflow.TASK_QUEUE)
public class FakeStrayPaymentWorkflow implements StrayPaymentWorkflow {
  @Override
  public void settle(StrayPayment payment) {}
}
