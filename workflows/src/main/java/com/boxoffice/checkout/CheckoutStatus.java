package com.boxoffice.checkout;

/** Where a checkout stands. The terminal ones never change again, but for a refund. */
public enum CheckoutStatus {
  RESERVING,
  AWAITING_PAYMENT,
  CAPTURING,
  CONFIRMING,
  CONFIRMED,
  COMPENSATING,
  SOLD_OUT,
  PAYMENT_FAILED,
  EXPIRED,
  CANCELLED,
  REFUNDED;

  public boolean isTerminal() {
    return switch (this) {
      case CONFIRMED, SOLD_OUT, PAYMENT_FAILED, EXPIRED, CANCELLED, REFUNDED -> true;
      default -> false;
    };
  }
}
