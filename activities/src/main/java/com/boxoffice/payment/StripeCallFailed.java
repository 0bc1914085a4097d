package com.boxoffice.payment;

import com.boxoffice.checkout.contract.payment.PaymentActivities;

/**
 * A Stripe call that may succeed when retried: a 5xx, a network error, or a key an operator can
 * still fix. Temporal retries it; it is never a business failure. (A rate limit fails with {@link
 * PaymentActivities#RATE_LIMITED} instead, which can say when to retry.)
 */
public class StripeCallFailed extends RuntimeException {
  StripeCallFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
