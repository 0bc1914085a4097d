package com.boxoffice.checkout;

import java.util.Set;

/**
 * A Stripe webhook event about the checkout's PaymentIntent, recorded by the API before it is
 * signalled. {@code type} is Stripe's event type (payment_intent.amount_capturable_updated,
 * payment_intent.succeeded, payment_intent.payment_failed, payment_intent.canceled, ...).
 */
public record PaymentUpdate(
    String stripeEventId,
    String type,
    String paymentIntentId,
    String paymentStatus,
    String failureCode,
    String failureMessage) {
  private static final Set<String> AUTHORIZING =
      Set.of("payment_intent.amount_capturable_updated", "payment_intent.succeeded");
  private static final Set<String> FAILING =
      Set.of("payment_intent.payment_failed", "payment_intent.canceled");

  /**
   * Whether an event of this type settles an authorization one way or the other: the saga waits for
   * these and ignores every other type, so the API need not signal those.
   */
  public static boolean settlesPayment(String type) {
    return AUTHORIZING.contains(type) || FAILING.contains(type);
  }

  boolean authorizes() {
    return AUTHORIZING.contains(type);
  }

  boolean cancels() {
    return "payment_intent.canceled".equals(type);
  }
}
