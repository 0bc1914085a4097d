package com.boxoffice.checkout;

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
    String failureMessage) {}
