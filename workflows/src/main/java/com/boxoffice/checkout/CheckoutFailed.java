package com.boxoffice.checkout;

/** A step failed for good: the saga ends with {@code finalStatus} once it has compensated. */
final class CheckoutFailed extends RuntimeException {
  private final CheckoutStatus finalStatus;
  private final CheckoutFailure failure;

  CheckoutFailed(CheckoutStatus finalStatus, String code, String message, Throwable cause) {
    super(message, cause);
    this.finalStatus = finalStatus;
    this.failure = new CheckoutFailure(code, message);
  }

  CheckoutFailed(CheckoutStatus finalStatus, String code, String message) {
    this(finalStatus, code, message, null);
  }

  static CheckoutFailed cancelled(String reason) {
    return new CheckoutFailed(
        CheckoutStatus.CANCELLED,
        CheckoutFailure.CANCELLED,
        reason == null || reason.isBlank() ? "The checkout was cancelled" : "Cancelled: " + reason);
  }

  CheckoutStatus finalStatus() {
    return finalStatus;
  }

  CheckoutFailure failure() {
    return failure;
  }
}
