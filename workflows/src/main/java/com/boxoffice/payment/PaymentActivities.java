package com.boxoffice.payment;

import io.temporal.activity.ActivityInterface;

/**
 * Stripe PaymentIntents. Card errors fail without retry; rate limits, 5xx and network errors are
 * retried, each call with an idempotency key so a retry never charges twice.
 */
@ActivityInterface
public interface PaymentActivities {
  /** Shares the checkout workflow's queue for now; its own queue is a one-line change here. */
  String TASK_QUEUE = "checkout";

  /** Failure type: the card was declined (details: the intent id, the decline code). */
  String CARD_DECLINED = "CardDeclined";

  /** Failure type: Stripe refused the request as invalid; retrying cannot help. */
  String PAYMENT_REJECTED = "PaymentRejected";

  PaymentIntentStatus authorize(AuthorizeRequest request);

  PaymentIntentStatus retrieve(RetrievePaymentRequest request);

  PaymentIntentStatus capture(CaptureRequest request);

  UndoPaymentResult undo(UndoPaymentRequest request);
}
