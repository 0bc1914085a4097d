package com.boxoffice.checkout.contract.payment;

/**
 * Undoes whatever the intent has come to: cancels (voids) it while uncaptured, refunds it in full
 * once captured, does nothing once already canceled or refunded.
 */
public record UndoPaymentRequest(String paymentIntentId, String idempotencyKey, String reason) {}
