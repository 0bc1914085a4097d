package com.boxoffice.checkout;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One durable saga per checkout: hold seats, authorize, await payment, capture, confirm and issue
 * tickets, email; undo in reverse when a step fails for good.
 */
@WorkflowInterface
public interface CheckoutWorkflow {
  String TASK_QUEUE = "checkout";

  /** Update name, used by the API's update-with-start. */
  String AWAIT_PAYMENT_READY = "awaitPaymentReady";

  static String workflowId(String checkoutId) {
    return "checkout-" + checkoutId;
  }

  @WorkflowMethod
  CheckoutState run(CheckoutRequest request);

  /**
   * Completes once the seats are held and the PaymentIntent exists, with the client secret the
   * frontend needs; fails with {@link CheckoutFailure#SOLD_OUT} or {@link
   * CheckoutFailure#PAYMENT_DECLINED} as the failure type when the checkout ends before that.
   */
  @UpdateMethod(name = AWAIT_PAYMENT_READY)
  CheckoutState awaitPaymentReady();

  @SignalMethod
  void paymentUpdated(PaymentUpdate update);

  /**
   * The buyer gives up. Accepted while the checkout can still be undone (before the capture pivot);
   * the validator rejects it once capture has begun or the checkout has ended, so the caller learns
   * the answer from the workflow itself. Returns the state once compensation has been decided, not
   * finished.
   */
  @UpdateMethod
  CheckoutState cancel(CancelRequest request);

  @UpdateValidatorMethod(updateName = "cancel")
  void validateCancel(CancelRequest request);

  @QueryMethod
  CheckoutState state();
}
