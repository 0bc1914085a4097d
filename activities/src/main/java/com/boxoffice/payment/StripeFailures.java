package com.boxoffice.payment;

import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeError;
import io.temporal.failure.ApplicationFailure;

/** Sorts Stripe's exceptions into the failures the saga can act on and those worth a retry. */
final class StripeFailures {
  /** Stripe's code for a request the intent's current status does not allow. */
  static final String UNEXPECTED_STATE = "payment_intent_unexpected_state";

  private StripeFailures() {}

  static RuntimeException translate(String action, StripeException e) {
    if (e instanceof CardException card) {
      return declined(card);
    }
    if (e instanceof InvalidRequestException || e instanceof IdempotencyException) {
      return rejected(action, e);
    }
    if (e instanceof AuthenticationException) {
      // Retried rather than failed: a revoked or mistyped key is an operator's fix, and checkouts
      // should resume once it is made instead of all failing in the meantime.
      return new StripeCallFailed(
          action + ": Stripe refused the API key (" + e.getMessage() + ")", e);
    }
    // Rate limits, 5xx and network errors: the idempotency key makes the retry safe.
    return new StripeCallFailed(action + ": Stripe did not answer (" + e.getMessage() + ")", e);
  }

  static ApplicationFailure rejected(String action, StripeException e) {
    return ApplicationFailure.newNonRetryableFailureWithCause(
        action + ": Stripe rejected the request (" + e.getMessage() + ")",
        PaymentActivities.PAYMENT_REJECTED,
        e,
        e.getCode());
  }

  static boolean isUnexpectedState(InvalidRequestException e) {
    return UNEXPECTED_STATE.equals(e.getCode());
  }

  private static ApplicationFailure declined(CardException e) {
    StripeError error = e.getStripeError();
    PaymentIntent intent = error == null ? null : error.getPaymentIntent();
    return ApplicationFailure.newNonRetryableFailureWithCause(
        "The card was declined: " + e.getMessage(),
        PaymentActivities.CARD_DECLINED,
        e,
        intent == null ? null : intent.getId(),
        e.getDeclineCode());
  }
}
