package com.boxoffice.api.webhook;

import com.boxoffice.checkout.PaymentUpdate;

/**
 * A verified Stripe event, reduced to what the checkout saga needs; the amount (null when the event
 * has none) is only shown to operators.
 */
record ReceivedEvent(
    String eventId,
    String type,
    String paymentIntentId,
    String checkoutId,
    String paymentStatus,
    String failureCode,
    String failureMessage,
    Long amountMinor,
    String currency,
    String payload) {

  /** Only payment intents and their charges concern a checkout. */
  boolean concernsPayments() {
    return type.startsWith("payment_intent.") || type.startsWith("charge.");
  }

  /** Money was authorized or taken: it must end with a confirmed order or go back. */
  boolean movesMoney() {
    return type.equals("payment_intent.amount_capturable_updated")
        || type.equals("payment_intent.succeeded");
  }

  PaymentUpdate toUpdate() {
    return new PaymentUpdate(
        eventId, type, paymentIntentId, paymentStatus, failureCode, failureMessage);
  }
}
