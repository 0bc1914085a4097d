package com.boxoffice.payment;

import com.boxoffice.checkout.contract.payment.PaymentActivities;
import com.boxoffice.quota.RateLimited;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeError;
import com.stripe.net.StripeResponse;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Sorts Stripe's exceptions into the failures the saga can act on and those worth a retry. */
final class StripeFailures {
  /** Stripe's code for a request the intent's current status does not allow. */
  static final String UNEXPECTED_STATE = "payment_intent_unexpected_state";

  private StripeFailures() {}

  static RuntimeException translate(String action, StripeException e) {
    if (e instanceof RateLimitException) {
      // Before the refusals below, whatever stripe-java files it under: a 429 is worth a retry.
      // Typed, so it reads as what it is; retried after Stripe's Retry-After when it sends one,
      // else after the retry policy's backoff. The idempotency key makes the retry safe.
      return RateLimited.failure(
          PaymentActivities.RATE_LIMITED,
          action + ": Stripe's rate limit (" + e.getMessage() + ")",
          retryAfter(e),
          e);
    }
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
    // 5xx and network errors: the idempotency key makes the retry safe.
    return new StripeCallFailed(action + ": Stripe did not answer (" + e.getMessage() + ")", e);
  }

  static ApplicationFailure rejected(String action, StripeException e) {
    return ApplicationFailure.newNonRetryableFailureWithCause(
        action + ": Stripe rejected the request (" + e.getMessage() + ")",
        PaymentActivities.PAYMENT_REJECTED,
        e,
        e.getCode());
  }

  /** Read against the answer's own Date, so an HTTP date needs no agreement between clocks. */
  private static Optional<Duration> retryAfter(StripeException e) {
    StripeError error = e.getStripeError();
    StripeResponse answer = error == null ? null : error.getLastResponse();
    if (answer == null) {
      return Optional.empty();
    }
    Instant now = answer.date() != null ? answer.date() : Instant.now();
    return RateLimited.retryAfter(answer.headers().firstValue("Retry-After").orElse(null), now);
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
