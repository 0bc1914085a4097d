package com.boxoffice.checkout.contract.payment;

public record UndoPaymentResult(String paymentIntentId, Outcome outcome, String refundId) {
  public enum Outcome {
    VOIDED,
    REFUNDED,
    ALREADY_UNDONE
  }
}
