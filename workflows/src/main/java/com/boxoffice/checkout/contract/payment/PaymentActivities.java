package com.boxoffice.checkout.contract.payment;

import io.temporal.activity.ActivityInterface;

/**
 * Stripe PaymentIntents. Card errors fail without retry; rate limits, 5xx and network errors are
 * retried, each call with an idempotency key so a retry never charges twice.
 */
@ActivityInterface
public interface PaymentActivities {
  /**
   * Its own queue, so that the workers polling it can share one rate limit that keeps every worker
   * together under Stripe's request limits.
   */
  String TASK_QUEUE = "checkout-payments";

  /** Failure type: the card was declined (details: the intent id, the decline code). */
  String CARD_DECLINED = "CardDeclined";

  /** Failure type: Stripe refused the request as invalid; retrying cannot help. */
  String PAYMENT_REJECTED = "PaymentRejected";

  /**
   * Failure type, retried: a rate limit held the call back, the cluster's own Stripe quota or
   * Stripe's 429. Its next retry delay, when it has one, is when a call is expected to go through.
   */
  String RATE_LIMITED = "ProviderRateLimited";

  PaymentIntentStatus authorize(AuthorizeRequest request);

  /**
   * The intent an authorization made when its answer never reached the saga (a worker died after
   * Stripe answered, and the attempts ran out): the same request again under the same idempotency
   * key, which Stripe answers with that intent rather than making another. Should the first request
   * never have reached Stripe, this one authorizes now, for the saga to void at once.
   *
   * @return the intent, declined or not; null when Stripe refuses the request, as it then made none
   */
  PaymentIntentStatus recoverAuthorization(AuthorizeRequest request);

  PaymentIntentStatus retrieve(RetrievePaymentRequest request);

  PaymentIntentStatus capture(CaptureRequest request);

  UndoPaymentResult undo(UndoPaymentRequest request);
}
