package com.boxoffice.api.testworkflows;

import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.checkout.RefundRequest;
import com.boxoffice.checkout.RefundWorkflow;
import io.temporal.spring.boot.WorkflowImpl;

@WorkflowImpl(taskQueues = CheckoutWorkflow.TASK_QUEUE)
public class FakeRefundWorkflow implements RefundWorkflow {
  @Override
  public void refund(RefundRequest request) {}
}
