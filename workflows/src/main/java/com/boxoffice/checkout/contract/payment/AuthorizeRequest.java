package com.boxoffice.checkout.contract.payment;

/**
 * Creates the PaymentIntent for the server-computed amount (and confirms it when a payment method
 * is given). The idempotency key makes a retried call return the same intent.
 */
public record AuthorizeRequest(
    String checkoutId,
    String idempotencyKey,
    Money amount,
    String paymentMethodId,
    CaptureMethod captureMethod,
    String customerEmail,
    String description) {}
